package dev.awsmcp.core.robustness;

import static dev.awsmcp.api.error.ErrorCode.EMPTY_COMMAND;
import static dev.awsmcp.api.error.ErrorCode.INPUT_TOO_LARGE;
import static dev.awsmcp.api.error.ErrorCode.INVALID_CHOICE;
import static dev.awsmcp.api.error.ErrorCode.INVALID_GLOBAL_OPTION;
import static dev.awsmcp.api.error.ErrorCode.INVALID_JSON;
import static dev.awsmcp.api.error.ErrorCode.INVALID_QUERY;
import static dev.awsmcp.api.error.ErrorCode.INVALID_SHORTHAND;
import static dev.awsmcp.api.error.ErrorCode.INVALID_TYPE;
import static dev.awsmcp.api.error.ErrorCode.SHELL_SYNTAX;
import static dev.awsmcp.api.error.ErrorCode.UNEXPECTED_ARGUMENT;
import static dev.awsmcp.api.error.ErrorCode.UNKNOWN_KEY;
import static dev.awsmcp.api.error.ErrorCode.UNKNOWN_OPERATION;
import static dev.awsmcp.api.error.ErrorCode.UNKNOWN_PARAMETER;
import static dev.awsmcp.api.error.ErrorCode.UNKNOWN_SERVICE;
import static dev.awsmcp.core.robustness.BadInputCase.built;
import static dev.awsmcp.core.robustness.BadInputCase.of;
import static dev.awsmcp.core.robustness.Expected.accepted;
import static dev.awsmcp.core.robustness.Expected.fails;
import static dev.awsmcp.core.robustness.Expected.failsAnyhow;
import static dev.awsmcp.core.robustness.Expected.knownGap;
import static dev.awsmcp.core.robustness.Inputs.repeat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Bad inputs by shape: empty, garbage, huge, deeply nested, endlessly repeated. The CLI's
 * behaviour for each was taken from awscli 1.45 run in-process (see
 * {@code tools/golden/cli_reference.py}).
 */
final class StructuralBadInputs {
  private static final int MEGABYTE = 1 << 20;
  /** Just under the engine's default command length limit (512 Ki characters). */
  private static final int NEAR_LIMIT = 500_000;
  private static final int DEEP = 10_000;
  private static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/q";

  private StructuralBadInputs() {}

  static List<BadInputCase> all() {
    return Stream.of(empty(), garbage(), huge(), nestedJson(), nestedOther(), repeated())
        .flatMap(List::stream)
        .toList();
  }

  static List<BadInputCase> empty() {
    return List.of(
        of("an empty line", "", fails(EMPTY_COMMAND)),
        of("a blank line", "   \t  ", fails(EMPTY_COMMAND)),
        of("only line breaks", "\n\r\n", fails(EMPTY_COMMAND)),
        of("only aws", "aws", fails(EMPTY_COMMAND)),
        of("aws and spaces", "aws     ", fails(EMPTY_COMMAND)),
        // shlex makes "\n" a word here; the engine continues the line as a shell does (CommandTokenizer).
        of("aws and an escaped line break", "aws \\\n", fails(EMPTY_COMMAND)),
        of("aws and a global option only", "aws --region us-east-1", fails(EMPTY_COMMAND)),
        of("aws --", "aws --", fails(EMPTY_COMMAND, UNKNOWN_PARAMETER)),
        of("aws -", "aws -", fails(UNKNOWN_SERVICE)),
        of("a global option without its value", "aws --region", fails(INVALID_GLOBAL_OPTION)));
  }

  static List<BadInputCase> garbage() {
    return List.of(
        built("4 KB of random bytes", () -> Inputs.randomBytes(new Random(1), 4096), failsAnyhow()),
        built("aws and 4 KB of random bytes", () -> "aws " + Inputs.randomBytes(new Random(2), 4096), failsAnyhow()),
        built("random bytes with nothing a tokenizer refuses", () -> "aws " + tame(Inputs.randomBytes(new Random(3), 4096)),
            fails(UNKNOWN_SERVICE)),
        of("punctuation soup", "aws !@#%^*()_+={}[]:,.?/~ list", fails(UNKNOWN_SERVICE)),
        // There is no shell: the engine refuses its syntax (CommandTokenizer), where shlex keeps "|" as a word.
        of("a pipe", "aws s3api list-buckets | head", fails(SHELL_SYNTAX)),
        of("a command chain", "aws s3api list-buckets; rm -rf /", fails(SHELL_SYNTAX)),
        of("a command substitution", "aws s3api list-buckets --query $(whoami)", fails(SHELL_SYNTAX)),
        of("backticks", "aws s3api list-buckets --query `id`", fails(SHELL_SYNTAX)),
        of("a redirection", "aws s3api list-buckets > out.json", fails(SHELL_SYNTAX)));
  }

  static List<BadInputCase> huge() {
    return List.of(
        // The engine's line length limit (AwsCliCommandParser.DEFAULT_MAX_LENGTH); the CLI has none.
        built("a 1 MB line of random words", () -> "aws ec2 describe-instances --instance-ids "
            + Inputs.randomWords(new Random(4), MEGABYTE), fails(INPUT_TOO_LARGE)),
        built("a 1 MB single quoted value", () -> "aws sqs send-message --queue-url " + QUEUE
            + " --message-body '" + repeat("x", MEGABYTE) + "'", fails(INPUT_TOO_LARGE)),
        built("a 1 MB unclosed quote", () -> "aws sqs send-message --message-body '" + repeat("x", MEGABYTE),
            fails(INPUT_TOO_LARGE)),
        built("a 1 MB word", () -> "aws " + repeat("a", MEGABYTE), fails(INPUT_TOO_LARGE)),
        built("500 KB of random words as stray arguments", () -> "aws ec2 describe-instances "
            + Inputs.randomWords(new Random(5), NEAR_LIMIT), fails(UNEXPECTED_ARGUMENT)),
        built("a 500 KB single quoted value", () -> "aws sqs send-message --queue-url " + QUEUE
            + " --message-body '" + repeat("x", NEAR_LIMIT) + "'",
            accepted("the whole body", c -> c.params().path("MessageBody").asText().length() == NEAR_LIMIT)),
        built("a 500 KB JSON string", () -> "aws ec2 describe-instances --filters '[{\"Name\":\"tag:a\",\"Values\":[\""
            + repeat("v", NEAR_LIMIT) + "\"]}]'",
            accepted("the whole value", c -> c.params().path("Filters").path(0).path("Values").path(0).asText().length() == NEAR_LIMIT)),
        built("a 500 KB service name", () -> "aws " + repeat("a-", NEAR_LIMIT / 2) + " list",
            fails(UNKNOWN_SERVICE)),
        built("a 500 KB operation name made of words", () -> "aws ec2 " + repeat("describe-", NEAR_LIMIT / 9),
            fails(UNKNOWN_OPERATION)),
        built("a 500 KB option name made of words", () -> "aws ec2 describe-instances --"
            + repeat("instance-", NEAR_LIMIT / 9) + " i-1", fails(UNKNOWN_PARAMETER)),
        // The validator checks enums (ModelValidator); the CLI sends the value and the service refuses it.
        built("a 500 KB enum value made of words", () -> "aws ec2 describe-instance-attribute --instance-id i-1 --attribute "
            + repeat("instance-", NEAR_LIMIT / 9), fails(INVALID_CHOICE)));
  }

  static List<BadInputCase> nestedJson() {
    String filters = "aws ec2 describe-instances --filters '";
    String document = "aws bedrock-runtime converse --model-id m --messages '[]' --additional-model-request-fields '";
    return List.of(
        built("a JSON list nested 10,000 deep", () -> filters + repeat("[", DEEP) + repeat("]", DEEP) + "'",
            fails(INVALID_JSON, INPUT_TOO_LARGE)),
        built("an unclosed JSON list nested 10,000 deep", () -> filters + repeat("[", DEEP) + "'",
            fails(INVALID_JSON, INPUT_TOO_LARGE)),
        built("a JSON object nested 10,000 deep", () -> filters + repeat("{\"a\":", DEEP) + "1" + repeat("}", DEEP) + "'",
            fails(INVALID_JSON, INPUT_TOO_LARGE)),
        built("an unclosed JSON object nested 10,000 deep", () -> filters + repeat("{\"a\":", DEEP) + "'",
            fails(INVALID_JSON, INPUT_TOO_LARGE)),
        built("a document nested 10,000 deep", () -> document + repeat("{\"a\":", DEEP) + "1" + repeat("}", DEEP) + "'",
            fails(INVALID_JSON, INPUT_TOO_LARGE)),
        // Just inside the JSON reader's depth limit: what comes after it walks the whole value.
        built("a JSON list nested 999 deep", () -> filters + repeat("[", 999) + repeat("]", 999) + "'",
            fails(INVALID_JSON, INVALID_TYPE, INPUT_TOO_LARGE)),
        built("a document nested 999 deep", () -> document + repeat("{\"a\":", 999) + "1" + repeat("}", 999) + "'",
            fails(INVALID_JSON, INPUT_TOO_LARGE)),
        built("a map value nested 999 deep", () -> "aws lambda tag-resource --resource arn:aws:lambda:us-east-1:123456789012:function:f --tags '"
            + repeat("{\"a\":", 999) + "1" + repeat("}", 999) + "'", fails(INVALID_JSON, INVALID_TYPE, INPUT_TOO_LARGE)),
        built("--cli-input-json nested 10,000 deep", () -> "aws ec2 describe-instances --cli-input-json '{\"Filters\":"
            + repeat("[", DEEP) + repeat("]", DEEP) + "}'", fails(INVALID_JSON, INPUT_TOO_LARGE)),
        built("an unclosed --cli-input-json nested 10,000 deep", () -> "aws ec2 describe-instances --cli-input-json '"
            + repeat("{\"a\":", DEEP) + "'", fails(INVALID_JSON, INPUT_TOO_LARGE)),
        built("--cli-input-json nested 999 deep", () -> "aws ec2 describe-instances --cli-input-json '{\"Filters\":"
            + repeat("[", 998) + repeat("]", 998) + "}'", fails(INVALID_JSON, INVALID_TYPE, INPUT_TOO_LARGE)),
        built("--cli-input-yaml nested 10,000 deep", () -> "aws ec2 describe-instances --cli-input-yaml 'Filters: "
            + repeat("[", DEEP) + repeat("]", DEEP) + "'", fails(INVALID_JSON, INPUT_TOO_LARGE)),
        // Aliases of aliases: expanded, 9^7 elements. The CLI v1 has no --cli-input-yaml.
        of("a YAML alias bomb in --cli-input-yaml", "aws ec2 describe-instances --cli-input-yaml '" + yamlAliasBomb() + "'",
            fails(UNKNOWN_KEY, INVALID_JSON, INPUT_TOO_LARGE)));
  }

  static List<BadInputCase> nestedOther() {
    String query = "aws s3api list-buckets --query '";
    return List.of(
        built("a shorthand list nested 10,000 deep, unclosed", () -> "aws ec2 describe-instances --filters 'Name="
            + repeat("[", DEEP) + "'", fails(INVALID_SHORTHAND, INPUT_TOO_LARGE)),
        built("a shorthand list nested 10,000 deep", () -> "aws ec2 describe-instances --filters 'Name=x,Values="
            + repeat("[", DEEP) + repeat("]", DEEP) + "'", fails(INVALID_SHORTHAND, INPUT_TOO_LARGE)),
        built("a shorthand hash nested 10,000 deep", () -> "aws ec2 describe-instances --filters 'Name="
            + repeat("{a=", DEEP) + "b" + repeat("}", DEEP) + "'", fails(INVALID_SHORTHAND, INPUT_TOO_LARGE)),
        // smithy-jmespath's parser recurses per level; the engine refuses more than 64 levels first.
        built("a query nested 10,000 parentheses deep", () -> query + repeat("(", DEEP) + "a" + repeat(")", DEEP) + "'",
            fails(INVALID_QUERY)),
        built("a query of 10,000 negations", () -> query + repeat("!", DEEP) + "a'", fails(INVALID_QUERY)),
        built("a query of 10,000 open brackets", () -> query + repeat("[", DEEP) + "'", fails(INVALID_QUERY)),
        built("a query of 1,100 open brackets", () -> query + repeat("[", 1100) + "'", fails(INVALID_QUERY)),
        built("a query of 10,000 nested multiselects", () -> query + repeat("{a:", DEEP) + "b" + repeat("}", DEEP) + "'",
            fails(INVALID_QUERY)),
        // smithy-jmespath throws NullPointerException while it describes this syntax error.
        of("a null literal where a query needs a name", query + "{`null`: a}'", fails(INVALID_QUERY)),
        // The nesting limit counts real recursion only: not separate negations, not quoted text.
        built("a query of 70 separate negations", () -> query + "Buckets[?" + String.join(" && ",
            java.util.Collections.nCopies(70, "!a")) + "]'", accepted("the query", c -> c.query().isPresent())),
        built("a query literal of 100 brackets", () -> query + "Buckets[?Name==`\"" + repeat("[", 100) + "\"`]'",
            accepted("the query", c -> c.query().isPresent())),
        // Reading a long number in a query costs more than linear time (4 s for 500,000 digits).
        built("a query of 200,000 digits", () -> query + repeat("8", 200_000) + "'", fails(INVALID_QUERY)),
        built("a query path of 10,000 fields", () -> query + String.join(".", java.util.Collections.nCopies(DEEP, "a")) + "'",
            accepted("the query", c -> c.query().orElse("").length() == 2 * DEEP - 1)),
        built("a query of 10,000 alternatives", () -> query + String.join("||", java.util.Collections.nCopies(DEEP, "a")) + "'",
            accepted("the query", c -> c.query().orElse("").length() == 3 * DEEP - 2)));
  }

  static List<BadInputCase> repeated() {
    return List.of(
        built("--dry-run 10,000 times", () -> "aws ec2 describe-instances" + repeat(" --dry-run", DEEP),
            accepted("DryRun", c -> c.params().path("DryRun").asBoolean())),
        built("--instance-ids 10,000 times", () -> "aws ec2 describe-instances" + repeat(" --instance-ids i-1", DEEP),
            accepted("the last one", c -> c.params().path("InstanceIds").size() == 1)),
        built("--region 10,000 times", () -> "aws ec2 describe-instances" + repeat(" --region us-west-2", DEEP),
            accepted("the region", c -> c.region().equals("us-west-2"))),
        built("--filters 10,000 times", () -> "aws ec2 describe-instances" + repeat(" --filters Name=a,Values=b", DEEP),
            accepted("the last one", c -> c.params().path("Filters").size() == 1)),
        built("--query 10,000 times", () -> "aws s3api list-buckets" + repeat(" --query Buckets", DEEP),
            accepted("the query", c -> c.query().orElse("").equals("Buckets"))),
        built("an unknown option 10,000 times", () -> "aws ec2 describe-instances" + repeat(" --bogus x", DEEP),
            fails(UNKNOWN_PARAMETER)),
        built("100,000 stray words", () -> "aws ec2 describe-instances" + repeat(" w", 100_000),
            fails(UNEXPECTED_ARGUMENT)),
        built("100,000 values of a list option", () -> "aws ec2 describe-instances --instance-ids" + repeat(" i-1", 100_000),
            accepted("every value", c -> c.params().path("InstanceIds").size() == 100_000)),
        built("100,000 words after aws", () -> "aws" + repeat(" w", 100_000), fails(UNKNOWN_SERVICE)),
        built("100,000 options before the service", () -> "aws" + repeat(" --x", 100_000), fails(UNKNOWN_PARAMETER)),
        built("100,000 empty quoted words", () -> "aws s3api list-buckets" + repeat(" ''", 100_000),
            fails(UNEXPECTED_ARGUMENT)));
  }

  /** Bytes as characters without quotes, backslashes, shell operators or a leading dash. */
  private static String tame(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append("'\"\\|&;<>`$-".indexOf(c) >= 0 ? 'x' : c);
    }
    return "x" + sb;
  }

  private static String yamlAliasBomb() {
    StringBuilder sb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
    for (char c = 'b'; c <= 'g'; c++) {
      char prev = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [");
      sb.append(String.join(",", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
    }
    return sb.toString();
  }
}
