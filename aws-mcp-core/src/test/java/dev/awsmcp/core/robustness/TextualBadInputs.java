package dev.awsmcp.core.robustness;

import static dev.awsmcp.api.error.ErrorCode.FILE_ERROR;
import static dev.awsmcp.api.error.ErrorCode.INVALID_GLOBAL_OPTION;
import static dev.awsmcp.api.error.ErrorCode.INVALID_SHORTHAND;
import static dev.awsmcp.api.error.ErrorCode.INVALID_TYPE;
import static dev.awsmcp.api.error.ErrorCode.TOKENIZE_ERROR;
import static dev.awsmcp.api.error.ErrorCode.UNEXPECTED_ARGUMENT;
import static dev.awsmcp.api.error.ErrorCode.UNKNOWN_OPERATION;
import static dev.awsmcp.api.error.ErrorCode.UNKNOWN_PARAMETER;
import static dev.awsmcp.api.error.ErrorCode.UNKNOWN_SERVICE;
import static dev.awsmcp.core.robustness.BadInputCase.built;
import static dev.awsmcp.core.robustness.BadInputCase.of;
import static dev.awsmcp.core.robustness.Expected.accepted;
import static dev.awsmcp.core.robustness.Expected.fails;
import static dev.awsmcp.core.robustness.Expected.knownGap;
import static dev.awsmcp.core.robustness.Inputs.repeat;

import dev.awsmcp.api.command.ParsedCommand;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Bad inputs by character: quotes and backslashes, control characters, odd Unicode, numbers and
 * regions no one should write, and {@code file://} paths that cannot be read. The CLI's behaviour
 * for each was taken from awscli 1.45 run in-process (see {@code tools/golden/cli_reference.py}).
 */
final class TextualBadInputs {
  private static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
  private static final String SEND = "aws sqs send-message --queue-url " + QUEUE + " --message-body ";
  private static final String TAG = "aws ec2 create-tags --resources i-1 --tags ";

  private TextualBadInputs() {}

  static List<BadInputCase> all() {
    return Stream.of(quoting(), controlCharacters(), unicode(), numbers(), regions(), files())
        .flatMap(List::stream)
        .toList();
  }

  static List<BadInputCase> quoting() {
    return List.of(
        of("an unbalanced single quote", "aws ec2 describe-instances --filters 'Name=x", fails(TOKENIZE_ERROR)),
        of("an unbalanced double quote", "aws s3api list-buckets \"", fails(TOKENIZE_ERROR)),
        of("an escaped closing double quote", "aws ec2 describe-instances --instance-ids \"i-1\\\"", fails(TOKENIZE_ERROR)),
        of("a double quote inside single quotes", SEND + "'say \"hi'",
            accepted("it literally", body("say \"hi"))),
        of("a single quote inside double quotes", SEND + "\"it's\"", accepted("it literally", body("it's"))),
        built("10,001 single quotes", () -> "aws s3api list-buckets " + repeat("'", 10_001), fails(TOKENIZE_ERROR)),
        // One empty word: argparse lets one stray empty word pass (but not two).
        built("10,000 single quotes", () -> "aws s3api list-buckets " + repeat("'", 10_000), accepted("ListBuckets", op("ListBuckets"))),
        of("a trailing backslash", "aws s3api list-buckets \\", fails(TOKENIZE_ERROR)),
        of("only a backslash", "\\", fails(TOKENIZE_ERROR)),
        of("a backslash at the end of a double quoted word", "aws s3api list-buckets \"\\", fails(TOKENIZE_ERROR)),
        of("an escaped backslash as a word", "aws s3api list-buckets \\\\", fails(UNEXPECTED_ARGUMENT)),
        // shlex keeps the line break as a word ("\nlist-buckets"); the engine continues the line, as a shell does.
        of("a backslash and line break between words", "aws s3api \\\nlist-buckets", accepted("ListBuckets", op("ListBuckets"))),
        built("10,000 backslashes", () -> "aws s3api list-buckets " + repeat("\\", 10_000), fails(UNEXPECTED_ARGUMENT)),
        built("10,001 backslashes", () -> "aws s3api list-buckets " + repeat("\\", 10_001), fails(TOKENIZE_ERROR)));
  }

  static List<BadInputCase> controlCharacters() {
    return List.of(
        of("NUL inside the service name", "aws ec\u00002 describe-instances", fails(UNKNOWN_SERVICE)),
        of("NUL as the service name", "aws \u0000 describe-instances", fails(UNKNOWN_SERVICE)),
        of("NUL inside the operation name", "aws ec2 describe\u0000-instances", fails(UNKNOWN_OPERATION)),
        of("NUL inside an option name", "aws ec2 describe-instances --dry\u0000-run", fails(UNKNOWN_PARAMETER)),
        of("NUL inside a string value", SEND + "'a\u0000b'", accepted("it literally", body("a\u0000b"))),
        of("NUL inside a shorthand value", TAG + "'Key=k,Value=a\u0000b'", fails(INVALID_SHORTHAND)),
        of("control characters in a shorthand value", TAG + "'Key=k,Value=a\u0001b'", fails(INVALID_SHORTHAND)),
        of("every C0 control character in a string value", SEND + "'" + c0Controls() + "'",
            accepted("it literally", body(c0Controls()))),
        of("a terminal escape sequence in a service name", "aws \u001B[2J\u001B[31mec2 describe-instances", fails(UNKNOWN_SERVICE)),
        of("DEL and NEL in a service name", "aws ec2\u007F\u0085 describe-instances", fails(UNKNOWN_SERVICE)),
        of("tab, CR and LF between words", "aws\ts3api\r\nlist-buckets", accepted("ListBuckets", op("ListBuckets"))),
        of("a vertical tab between words", "aws s3api\u000Blist-buckets", knownGap(
            "keeps it inside the word, shlex's whitespace being space, tab, CR and LF, and refuses 's3api\\x0blist-buckets'",
            accepted("ListBuckets", op("ListBuckets")))),
        of("a form feed between words", "aws s3api\u000Clist-buckets", knownGap(
            "keeps it inside the word and refuses 's3api\\x0clist-buckets'", accepted("ListBuckets", op("ListBuckets")))));
  }

  static List<BadInputCase> unicode() {
    return List.of(
        // The CLI sends it to SQS (JSON escapes it) but refuses it for a query-protocol service.
        of("a lone high surrogate in a string value", SEND + "a\uD800b", accepted("it as given", body("a\uD800b"))),
        of("a lone low surrogate in a service name", "aws ec2\uDC00 describe-instances", fails(UNKNOWN_SERVICE)),
        of("a reversed surrogate pair in an operation name", "aws ec2 describe-instances\uDE00\uD83D", fails(UNKNOWN_OPERATION)),
        of("a zero-width space in a service name", "aws e\u200Bc2 describe-instances", fails(UNKNOWN_SERVICE)),
        of("a right-to-left override in an operation name", "aws ec2 \u202Edescribe-instances", fails(UNKNOWN_OPERATION)),
        of("a combining accent on an operation name", "aws ec2 describe-instances\u0301", fails(UNKNOWN_OPERATION)),
        of("an emoji as a service name", "aws \uD83D\uDE80 launch", fails(UNKNOWN_SERVICE)),
        of("a zero-width space in an option name", "aws ec2 describe-instances --instance\u200B-ids i-1", fails(UNKNOWN_PARAMETER)),
        // A shell would find no command "\uFEFFaws"; the engine takes the word for a service name.
        of("a byte order mark before aws", "\uFEFFaws s3api list-buckets", fails(UNKNOWN_SERVICE)),
        of("a no-break space between words", "aws s3api\u00A0list-buckets", fails(UNKNOWN_SERVICE)),
        of("an emoji tag value in JSON", TAG + "'[{\"Key\":\"k\",\"Value\":\"\uD83D\uDE80\"}]'",
            accepted("it as given", tagValue("\uD83D\uDE80"))),
        // Unquoted shorthand values take characters up to U+FFFF only: an emoji must be quoted.
        of("an emoji in an unquoted shorthand value", TAG + "'Key=k,Value=go\uD83D\uDE80'", fails(INVALID_SHORTHAND)),
        of("an emoji starting an unquoted shorthand value", TAG + "'Key=k,Value=\uD83D\uDE80'", fails(INVALID_SHORTHAND)),
        of("an emoji in a quoted shorthand value", TAG + "'Key=k,Value=\"\uD83D\uDE80\"'", accepted("it as given", tagValue("\uD83D\uDE80"))),
        of("right-to-left and zero-width characters in a tag value", TAG + "'Key=k,Value=\u202Eabc\u200F\u200D'",
            accepted("it as given", tagValue("\u202Eabc\u200F\u200D"))),
        of("combining characters in a tag value", TAG + "'Key=k,Value=e\u0301\u0301\u0301'",
            accepted("it as given", tagValue("e\u0301\u0301\u0301"))),
        of("an emoji message body", SEND + "'\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67'",
            accepted("it as given", body("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"))));
  }

  static List<BadInputCase> numbers() {
    String describe = "aws ec2 describe-instances ";
    return List.of(
        of("--max-items 99999999999999999999", describe + "--max-items 99999999999999999999", knownGap(
            "accepts it (argparse's int has no limit) and pages with MaxItems 99999999999999999999",
            fails(INVALID_TYPE))),
        of("--page-size 99999999999999999999", describe + "--page-size 99999999999999999999", knownGap(
            "accepts it as PageSize 99999999999999999999", fails(INVALID_TYPE))),
        of("--max-items 1_000", describe + "--max-items 1_000", knownGap(
            "accepts it as 1000 (Python's int() allows underscores between digits)", fails(INVALID_TYPE))),
        of("--max-items -1", describe + "--max-items -1", accepted("-1", c -> c.pagination().maxItems().getAsInt() == -1)),
        of("--max-items in fullwidth digits", describe + "--max-items \uFF15", accepted("5", c -> c.pagination().maxItems().getAsInt() == 5)),
        built("--max-items with 5,000 digits", () -> describe + "--max-items " + repeat("9", 5000), fails(INVALID_TYPE)),
        // The CLI sends it; the validator checks the width of an integer (ModelValidator's Javadoc).
        of("an integer parameter of 20 digits", describe + "--max-results 99999999999999999999", fails(INVALID_TYPE)),
        built("an integer parameter of 5,000 digits", () -> describe + "--max-results " + repeat("9", 5000), fails(INVALID_TYPE)),
        built("an integer parameter of 100,000 digits", () -> describe + "--max-results " + repeat("9", 100_000), fails(INVALID_TYPE)),
        of("an integer parameter in exponent notation", describe + "--max-results 1e400", fails(INVALID_TYPE)),
        of("an integer parameter in Arabic-Indic digits", describe + "--max-results \u0661\u0660",
            accepted("10", c -> c.params().path("MaxResults").asInt() == 10)),
        of("an integer parameter between no-break spaces", describe + "--max-results '\u00A010\u00A0'",
            accepted("10", c -> c.params().path("MaxResults").asInt() == 10)));
  }

  static List<BadInputCase> regions() {
    String describe = "aws ec2 describe-instances --region ";
    return List.of(
        // Like botocore, a region that cannot be part of a host name is refused before anything else.
        of("an empty --region", describe + "''", fails(INVALID_GLOBAL_OPTION)),
        of("an empty --region=", "aws ec2 describe-instances --region=", fails(INVALID_GLOBAL_OPTION)),
        of("a --region holding shell text", describe + "'us-east-1; rm -rf /'", fails(INVALID_GLOBAL_OPTION)),
        of("a --region naming another host", describe + "'evil.example.com/#'", fails(INVALID_GLOBAL_OPTION)),
        of("a --region ending in NUL", describe + "'us-east-1\u0000'", fails(INVALID_GLOBAL_OPTION)),
        of("an emoji --region", describe + "\uD83D\uDE80", fails(INVALID_GLOBAL_OPTION)),
        built("a --region of 100,000 characters", () -> describe + repeat("a", 100_000), fails(INVALID_GLOBAL_OPTION)),
        of("an upper-case --region", describe + "US-EAST-1", accepted("it", region("US-EAST-1"))),
        of("--region followed by an option", describe + "--output json", fails(INVALID_GLOBAL_OPTION)),
        of("--region at the end", describe.trim(), fails(INVALID_GLOBAL_OPTION)));
  }

  static List<BadInputCase> files() {
    String policy = "aws iam create-policy --policy-name p --policy-document ";
    return List.of(
        of("file:// without a path", policy + "file://", fails(FILE_ERROR)),
        of("file:// naming a directory", policy + "file:///", fails(FILE_ERROR)),
        of("file:// with NUL in the path", policy + "'file://a\u0000b'", fails(FILE_ERROR)),
        of("fileb:// naming no file", "aws kms encrypt --key-id k --plaintext fileb:///nonexistent/x", fails(FILE_ERROR)),
        built("file:// with a 100,000 character path", () -> policy + "file://" + repeat("a/", 50_000), fails(FILE_ERROR)),
        of("file:// naming an endless device", policy + "file:///dev/zero", fails(FILE_ERROR)),
        of("fileb:// naming an endless device", "aws kms encrypt --key-id k --plaintext fileb:///dev/urandom", fails(FILE_ERROR)),
        of("--cli-input-json naming no file", "aws s3api list-buckets --cli-input-json file:///nonexistent/x.json",
            fails(FILE_ERROR)));
  }

  private static String c0Controls() {
    StringBuilder sb = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      sb.append(c);
    }
    return sb.toString();
  }

  private static Predicate<ParsedCommand> op(String operation) {
    return c -> c.operation().equals(operation);
  }

  private static Predicate<ParsedCommand> body(String text) {
    return c -> c.params().path("MessageBody").asText().equals(text);
  }

  private static Predicate<ParsedCommand> tagValue(String text) {
    return c -> c.params().path("Tags").path(0).path("Value").asText().equals(text);
  }

  private static Predicate<ParsedCommand> region(String region) {
    return c -> c.region().equals(region);
  }
}
