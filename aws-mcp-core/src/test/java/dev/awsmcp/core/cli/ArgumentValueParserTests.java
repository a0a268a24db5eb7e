package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule per test, on hand-built shapes; see {@link ArgumentValueGoldenTests} for real ones. */
class ArgumentValueParserTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, byte[]> files = new HashMap<>();
  private final List<String> reads = new ArrayList<>();
  private final FileResolver resolver = path -> {
    reads.add(path);
    byte[] b = files.get(path);
    return b == null ? FileContent.refused("outside the working directory: " + path) : FileContent.of(b);
  };
  private final ArgumentValueParser raw = new ArgumentValueParser(resolver, BinaryFormat.RAW);
  private final ArgumentValueParser base64 = new ArgumentValueParser(resolver, BinaryFormat.BASE64);
  private final ArgumentValueTestModels.Table t = new ArgumentValueTestModels.Table()
      .structure("Filter", "Name", "STRING", "Values", "ListOfSTRING", "When", "TIMESTAMP", "Data", "BLOB", "Count", "INTEGER")
      .structure("Wrapper", "Value", "STRING")
      .structure("BoolWrapper", "Value", "BOOLEAN")
      .document("Document");

  {
    t.listOf("STRING");
    t.listOf("Filter");
  }

  private JsonNode ok(ParserKind kind, Member member, String... words) {
    ValueResult r = (kind == ParserKind.RAW ? raw : base64).parse("--arg", member, List.of(words));
    assertTrue(r.isSuccess(), () -> "expected a value, got " + r);
    return r.value();
  }

  private JsonNode ok(Member member, String... words) {
    return ok(ParserKind.RAW, member, words);
  }

  private CommandError error(Member member, String... words) {
    ValueResult r = raw.parse("--arg", member, List.of(words));
    assertTrue(r.isError(), () -> "expected an error, got " + r.value());
    assertEquals("--arg", r.error().parameter().orElseThrow());
    assertTrue(r.error().message().startsWith("Error parsing parameter '--arg': "), r.error().message());
    return r.error();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  enum ParserKind { RAW, BASE64 }

  @Nested
  class Scalars {
    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "STRING|' a b '|'\" a b \"'",
        "STRING|''|'\"\"'",
        "INTEGER|' 7 '|7",
        "INTEGER|-1_000|-1000",
        "INTEGER|99999999999999999999|99999999999999999999",
        "LONG|12_3|123",
        "FLOAT|1.5|1.5",
        "DOUBLE|-1e3|-1000.0",
        "BOOLEAN|False|false",
        "BOOLEAN|no|true",
        "BOOLEAN|''|false",
        "TIMESTAMP|2020-01-02|'\"2020-01-02T00:00:00Z\"'",
        "TIMESTAMP|1600000000.25|'\"2020-09-13T12:26:40.25Z\"'",
        "BLOB|hi|'\"aGk=\"'",
        "BLOB|''|'\"\"'"})
    void areConvertedByType(ShapeType type, String word, String expected) {
      assertEquals(json(expected), ok(t.scalar(type), word));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "INTEGER|x|invalid literal for int() with base 10: 'x'",
        "INTEGER|1.5|invalid literal for int() with base 10: '1.5'",
        "LONG|x|invalid int value: 'x'",
        "FLOAT|x|invalid float value: 'x'",
        "DOUBLE|1,5|invalid float value: '1,5'",
        "TIMESTAMP|soon|Invalid timestamp \"soon\": expected ISO 8601"})
    void badScalarsAreTypeErrorsWithTheClisWording(ShapeType type, String word, String message) {
      CommandError e = error(t.scalar(type), word);
      assertEquals(ErrorCode.INVALID_TYPE, e.code());
      assertTrue(e.message().contains(message), e.message());
    }

    @Test
    void nonListArgumentsTakeExactlyOneWord() {
      assertEquals(ErrorCode.MISSING_VALUE, error(t.scalar(ShapeType.STRING)).code());
      CommandError two = error(t.scalar(ShapeType.STRING), "a", "b");
      assertEquals(ErrorCode.UNEXPECTED_ARGUMENT, two.code());
      assertTrue(two.message().contains("got 2"), two.message());
    }

    @Test
    void theParameterIsNamedWithDashesWhicheverWayItIsGiven() {
      ValueResult r = raw.parse("max-items", t.scalar(ShapeType.INTEGER), List.of("x"));
      assertEquals("--max-items", r.error().parameter().orElseThrow());
      assertTrue(r.error().message().startsWith("Error parsing parameter '--max-items': "));
    }
  }

  @Nested
  class Blobs {
    @Test
    void rawFormatSendsTheTextsUtf8Bytes() {
      assertEquals("aMOp", ok(t.scalar(ShapeType.BLOB), "h\u00e9").textValue());
    }

    @Test
    void base64FormatDecodesTheText() {
      assertEquals("aGk=", ok(ParserKind.BASE64, t.scalar(ShapeType.BLOB), "aGk=").textValue());
      assertEquals("aGk=", ok(ParserKind.BASE64, t.scalar(ShapeType.BLOB), "a Gk=").textValue());
      ValueResult bad = base64.parse("--arg", t.scalar(ShapeType.BLOB), List.of("a"));
      assertEquals(ErrorCode.INVALID_TYPE, bad.error().code());
      assertEquals("Error parsing parameter '--arg': Invalid base64: \"a\"", bad.error().message());
    }

    @Test
    void filebBytesAreTakenAsTheyAreInBothFormats() {
      files.put("b.bin", new byte[] {(byte) 0xff, 0});
      assertEquals("/wA=", ok(ParserKind.RAW, t.scalar(ShapeType.BLOB), "fileb://b.bin").textValue());
      assertEquals("/wA=", ok(ParserKind.BASE64, t.scalar(ShapeType.BLOB), "fileb://b.bin").textValue());
    }

    @Test
    void nestedBlobsAreConvertedToo() {
      assertEquals(json("[{\"Data\":\"aGk=\"},{\"Data\":\"aGk=\"}]"),
          ok(ParserKind.BASE64, t.listOf("Filter"), "{\"Data\": \"aGk=\"}", "{\"Data\": \"a Gk=\"}"));
      assertEquals(json("[{\"Data\":\"aGk=\"}]"), ok(ParserKind.BASE64, t.listOf("Filter"), "Data=aGk="));
      assertEquals(json("[{\"Data\":\"YUdrPQ==\"}]"), ok(t.listOf("Filter"), "Data=aGk="));
    }

    @Test
    void unpairedSurrogatesCannotBeSentAsBytes() {
      CommandError e = error(t.scalar(ShapeType.BLOB), "a\ud800");
      assertEquals(ErrorCode.INVALID_TYPE, e.code());
      assertTrue(e.message().contains("surrogates not allowed"), e.message());
    }

    @Test
    void aStreamingBlobIsAPathReadThroughTheResolver() {
      files.put("body.bin", new byte[] {1, 2, 3});
      t.add(Shape.builder("Stream", ShapeType.BLOB).streaming(true).build());
      Member body = t.member("Body", "Stream");

      assertEquals("AQID", ok(body, "body.bin").textValue());
      assertEquals("AQID", ok(ParserKind.BASE64, body, "body.bin").textValue());
      CommandError e = error(body, "missing.bin");
      assertEquals(ErrorCode.FILE_ERROR, e.code());
      assertTrue(e.message().contains("Blob values must be a path to a file."), e.message());
    }
  }

  @Nested
  class ParamFiles {
    @Test
    void fileLoadsUtf8TextWithUniversalNewlines() {
      files.put("m.txt", "a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8));
      assertEquals("a\nb\nc\n", ok(t.scalar(ShapeType.STRING), "file://m.txt").textValue());
    }

    @Test
    void fileThatIsNotUtf8IsAFileError() {
      files.put("x.bin", new byte[] {(byte) 0xff});
      CommandError e = error(t.scalar(ShapeType.STRING), "file://x.bin");
      assertEquals(ErrorCode.FILE_ERROR, e.code());
      assertTrue(e.message().contains("please use the fileb:// prefix"), e.message());
    }

    @Test
    void aRefusedFileIsAFileErrorWithTheResolversReason() {
      CommandError e = error(t.scalar(ShapeType.STRING), "file:///etc/hosts");
      assertEquals(ErrorCode.FILE_ERROR, e.code());
      assertEquals("Error parsing parameter '--arg': Unable to load paramfile file:///etc/hosts: "
          + "outside the working directory: /etc/hosts", e.message());
    }

    @Test
    void filebIsOnlyForBlobs() {
      files.put("b.bin", new byte[] {1});
      assertEquals(ErrorCode.INVALID_TYPE, error(t.scalar(ShapeType.STRING), "fileb://b.bin").code());
      assertEquals(ErrorCode.INVALID_TYPE, error(t.listOf("STRING"), "fileb://b.bin").code());
    }

    @Test
    void httpUrlsAreNeverFetchedAndStayLiteral() {
      // AWS CLI v1 downloads http(s):// values; v2 does not, and neither do we.
      assertEquals("https://example.com/x", ok(t.scalar(ShapeType.STRING), "https://example.com/x").textValue());
      assertEquals("http://169.254.169.254/", ok(t.scalar(ShapeType.STRING), "http://169.254.169.254/").textValue());
      assertTrue(reads.isEmpty());
    }

    @Test
    void argumentsTheCliExemptsKeepTheirFileUrls() {
      files.put("q.txt", "loaded".getBytes(StandardCharsets.UTF_8));
      Member queueUrl = t.member("QueueUrl", "STRING");
      ArgumentValueContext sqs = new ArgumentValueContext("sqs", "sqs", "send-message");
      ArgumentValueContext apigateway = new ArgumentValueContext("apigateway", "apigateway", "put-integration");

      assertEquals("file://q.txt", raw.parse(sqs, "--queue-url", queueUrl, List.of("file://q.txt")).value().textValue());
      assertEquals("file://q.txt", raw.parse(apigateway, "--uri", queueUrl, List.of("file://q.txt")).value().textValue());
      assertEquals("loaded", raw.parse(sqs, "--message-body", queueUrl, List.of("file://q.txt")).value().textValue());
      assertEquals("loaded", raw.parse("--queue-url", queueUrl, List.of("file://q.txt")).value().textValue());
    }

    @Test
    void argparseConvertsLongsAndFloatsBeforeFilesAreLoaded() {
      files.put("n.txt", "5".getBytes(StandardCharsets.UTF_8));
      assertEquals(5, ok(t.scalar(ShapeType.INTEGER), "file://n.txt").intValue());
      assertTrue(error(t.scalar(ShapeType.LONG), "file://n.txt").message().contains("invalid int value: 'file://n.txt'"));
    }

    @Test
    void aListArgumentLoadsAFileOnlyFromItsOnlyWord() {
      files.put("ids.json", "[\"a\",\"b\"]".getBytes(StandardCharsets.UTF_8));
      files.put("ids.txt", "ab".getBytes(StandardCharsets.UTF_8));
      assertEquals(json("[\"a\",\"b\"]"), ok(t.listOf("STRING"), "file://ids.json"));
      assertEquals(json("[\"file://ids.json\",\"x\"]"), ok(t.listOf("STRING"), "file://ids.json", "x"));
      // The CLI iterates a loaded string character by character.
      assertEquals(json("[\"a\",\"b\"]"), ok(t.listOf("STRING"), "file://ids.txt"));
    }
  }

  @Nested
  class ShorthandOrJson {
    @Test
    void aValueStartingWithABraceOrBracketIsJson() {
      assertEquals(json("{\"Name\":\"a\"}"), ok(t.member("Arg", "Filter"), " {\"Name\":\"a\"}"));
      assertEquals(json("[{\"Name\":\"a\"}]"), ok(t.listOf("Filter"), "[{\"Name\":\"a\"}]"));
      assertEquals(json("{\"Name\":\"a\",\"Count\":3}"), ok(t.member("Arg", "Filter"), "Name=a,Count=3"));
    }

    @Test
    void invalidJsonNamesThePlaceAndEchoesTheInput() {
      CommandError e = error(t.member("Arg", "Filter"), "{\"Name\": }");
      assertEquals(ErrorCode.INVALID_JSON, e.code());
      assertTrue(e.message().startsWith("Error parsing parameter '--arg': Invalid JSON: "), e.message());
      assertTrue(e.message().contains("line 1 column"), e.message());
      assertTrue(e.message().endsWith("\nJSON received: {\"Name\": }"), e.message());
      assertTrue(error(t.member("Arg", "Filter"), "{} {}").message().contains("Invalid JSON: Extra data"));
    }

    @Test
    void jsonKeepsTheClisLeniencies() {
      assertEquals(json("{\"Name\":\"second\"}"), ok(t.member("Arg", "Filter"), "{\"Name\":\"first\",\"Name\":\"second\"}"));
      assertTrue(ok(t.member("Arg", "Document"), "{\"a\": NaN}").get("a").isDouble());
    }

    @Test
    void shorthandValuesAreConvertedByTheShape() {
      assertEquals(json("{\"Count\":3,\"Values\":[\"x\"],\"Unknown\":\"kept\"}"),
          ok(t.member("Arg", "Filter"), "Count=3,Values=x,Unknown=kept"));
    }

    @Test
    void mapsTakeShorthandOrJsonAndConvertTheirValues() {
      assertEquals(json("{\"a\":1,\"b\":2}"), ok(t.mapOf("INTEGER"), "a=1,b=2"));
      assertEquals(json("{\"a\":\"1\"}"), ok(t.mapOf("STRING"), "{\"a\":\"1\"}"));
      assertEquals(ErrorCode.INVALID_JSON, error(t.mapOf("STRING"), "[1]").code());
    }

    @Test
    void aStructureWhoseOnlyMemberIsTheStringValueTakesABareValue() {
      assertEquals(json("{\"Value\":\"stop\"}"), ok(t.member("Arg", "Wrapper"), "stop"));
      assertEquals(json("{\"Value\":\"a=b\"}"), ok(t.member("Arg", "Wrapper"), "Value=a=b"));
      assertEquals(json("{\"Value\":true}"), ok(t.member("Arg", "BoolWrapper"), "Value=true"));
      assertEquals(ErrorCode.INVALID_SHORTHAND, error(t.member("Arg", "BoolWrapper"), "true").code());
    }

    @Test
    void listsOfScalarsTakeWordsOrAJsonList() {
      assertEquals(json("[\"a\",\"b\"]"), ok(t.listOf("STRING"), "a", "b"));
      assertEquals(json("[\"a,b\"]"), ok(t.listOf("STRING"), "a,b"));
      assertEquals(json("[1,2]"), ok(t.listOf("INTEGER"), "1", "2"));
      assertEquals(json("[1,2]"), ok(t.listOf("INTEGER"), "[1,2]"));
      assertEquals(json("[]"), ok(t.listOf("STRING")));
      assertTrue(error(t.listOf("INTEGER"), "1", "x").message().contains("'x'"));
    }

    @Test
    void listsOfListsTakeJsonPerWord() {
      t.listOf("ListOfSTRING");
      assertEquals(json("[[\"a\"],[\"b\",\"c\"]]"), ok(t.listOf("ListOfSTRING"), "[\"a\"]", "[\"b\",\"c\"]"));
      assertEquals(ErrorCode.INVALID_SHORTHAND, error(t.listOf("ListOfSTRING"), "a").code());
    }

    @Test
    void theClisLegacyListFormNeedsTheCommand() {
      t.structure("TagKeyOnly", "Key", "STRING").listOf("TagKeyOnly");
      Member tags = t.listOf("TagKeyOnly");
      ArgumentValueContext removeTags = new ArgumentValueContext("elb", "elasticloadbalancing", "remove-tags");

      assertEquals(json("[{\"Key\":\"k1\"},{\"Key\":\"Key=k2\"}]"),
          raw.parse(removeTags, "--tags", tags, List.of("k1", "Key=k2")).value());
      assertEquals(json("[{\"Key\":\"k2\"}]"), ok(tags, "Key=k2"));
    }
  }

  @Nested
  class DocumentsAndJsonValues {
    @Test
    void documentsTakeJsonOnly() {
      assertEquals(json("{\"a\":[1,null]}"), ok(t.member("Arg", "Document"), "{\"a\":[1,null]}"));
      assertEquals(json("\"text\""), ok(t.member("Arg", "Document"), "\"text\""));
      assertEquals(ErrorCode.INVALID_JSON, error(t.member("Arg", "Document"), "a=b").code());
    }

    @Test
    void containersOfDocumentsTakeJsonOnly() {
      assertEquals(json("[{\"a\":1},2]"), ok(t.listOf("Document"), "{\"a\":1}", "2"));
      assertEquals(json("{\"k\":{\"a\":1}}"), ok(t.mapOf("Document"), "{\"k\":{\"a\":1}}"));
      assertEquals(ErrorCode.INVALID_JSON, error(t.mapOf("Document"), "k=v").code());
    }

    @Test
    void documentsInsideShorthandAreRefusedNamingTheMember() {
      t.structure("Holder", "Doc", "Document", "Name", "STRING");
      CommandError e = error(t.member("Arg", "Holder"), "Name=x,Doc={a=b}");
      assertEquals(ErrorCode.INVALID_SHORTHAND, e.code());
      assertTrue(e.message().endsWith("to specify nested parameter: Doc"), e.message());
      assertEquals(json("{\"Name\":\"x\"}"), ok(t.member("Arg", "Holder"), "Name=x"));
    }

    @Test
    void aJsonValueHeaderIsValidatedAndKeepsItsText() {
      Member header = t.member("Attrs", "STRING", MemberTraits.builder()
          .jsonValue(true).location(MemberTraits.Location.HEADER).build());
      assertEquals("{\"a\": 1}", ok(header, "{\"a\": 1}").textValue());
      assertEquals(ErrorCode.INVALID_JSON, error(header, "{a: 1}").code());
      Member body = t.member("Attrs", "STRING", MemberTraits.builder().jsonValue(true).build());
      assertEquals("{a: 1}", ok(body, "{a: 1}").textValue(), "the CLI only parses JSON-value headers");
    }
  }

  @Nested
  class Timestamps {
    @Test
    void nestedTimestampsAreNormalizedWhateverTheSyntax() {
      assertEquals(json("[{\"When\":\"2020-01-01T22:04:05Z\"}]"), ok(t.listOf("Filter"), "When=2020-01-02T03:04:05+05"));
      assertEquals(json("[{\"When\":\"1970-01-01T00:01:00Z\"}]"), ok(t.listOf("Filter"), "[{\"When\": 60}]"));
    }

    @Test
    void aBadNestedTimestampNamesItsPlace() {
      CommandError e = error(t.listOf("Filter"), "Name=a", "When=later");
      assertEquals(ErrorCode.INVALID_TYPE, e.code());
      assertTrue(e.message().contains("Invalid timestamp \"later\" for [1].When"), e.message());
    }
  }

  @Test
  void bytesFromAtEqualsOnlyFitBlobs() {
    files.put("b.bin", new byte[] {1});
    assertEquals(json("[{\"Data\":\"AQ==\"}]"), ok(t.listOf("Filter"), "Data@=fileb://b.bin"));
    CommandError e = error(t.listOf("Filter"), "Name@=fileb://b.bin");
    assertEquals(ErrorCode.INVALID_TYPE, e.code());
    assertTrue(e.message().contains("for [0].Name"), e.message());
    assertEquals(ErrorCode.INVALID_TYPE, error(t.listOf("Filter"), "Other@=fileb://b.bin").code());
  }

  @Test
  void resultsExposeOneSideAndHideTheValueWhenPrinted() {
    ValueResult good = raw.parse("--arg", t.scalar(ShapeType.STRING), List.of("s3cr3t"));
    ValueResult bad = raw.parse("--arg", t.scalar(ShapeType.INTEGER), List.of("x"));

    assertFalse(good.toString().contains("s3cr3t"));
    assertThrows(IllegalStateException.class, good::error);
    assertThrows(IllegalStateException.class, bad::value);
    assertTrue(bad.toString().contains("INVALID_TYPE"));
  }
}
