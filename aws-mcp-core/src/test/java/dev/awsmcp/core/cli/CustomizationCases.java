package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.TestEngines;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs command lines through the parser and compares the API input with what the real AWS CLI
 * 1.45.11 (botocore 1.43.11) makes of them. The expected values come from
 * {@code tools/cli-customizations/call_params.py}, run in a folder holding {@link #FILES}: its
 * {@code api} output, the parameters after botocore's before-parameter-build handlers, without
 * the idempotency tokens botocore also fills in (ClientToken), which this engine leaves to the
 * SDK that sends the request.
 */
final class CustomizationCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A zip archive with one file, index.py. */
  static final byte[] FUNCTION_ZIP = Base64.getDecoder().decode(
      "UEsDBBQAAAAAAAAAIVjHAbXuIAAAACAAAAAIAAAAaW5kZXgucHlkZWYgaGFuZGxlcihlLCBjKToKICAgIHJldHVybiAxClBLAQIUAxQAAAAAAAAAIVjHAbXuIAAAACAAAAAIAAAA"
          + "AAAAAAAAAACAAQAAAABpbmRleC5weVBLBQYAAAAAAQABADYAAABGAAAAAAA=");
  static final String FUNCTION_ZIP_BASE64 = Base64.getEncoder().encodeToString(FUNCTION_ZIP);

  /** The files the command lines name (the same bytes the reference run read). */
  static final Map<String, byte[]> FILES = Map.of(
      "function.zip", FUNCTION_ZIP,
      "image.png", new byte[] {(byte) 0x89, 0x50, 0x4e, 0x47, 0, 1, 2, (byte) 0xff},
      "notzip.bin", "hello".getBytes(StandardCharsets.UTF_8),
      "body.html", "<p>Hi</p>\n".getBytes(StandardCharsets.UTF_8),
      "to.txt", "a@b.c".getBytes(StandardCharsets.UTF_8),
      "pipeline.json", utf8("{\n  \"objects\": [\n    {\"id\": \"Default\", \"name\": \"Default\", \"scheduleType\": \"ondemand\", \"failureAndRerunMode\": \"CASCADE\"},\n    {\"id\": \"S3Input\", \"type\": \"S3DataNode\", \"directoryPath\": \"#{myS3Input}\", \"schedule\": {\"ref\": \"Default\"}, \"tags\": [\"a\", \"b\"]}\n  ],\n  \"parameters\": [\n    {\"id\": \"myS3Input\", \"type\": \"AWS::S3::ObjectKey\", \"description\": \"Input folder\"}\n  ],\n  \"values\": {\"myS3Input\": \"s3://bucket/in\", \"myList\": [\"x\", \"y\"]}\n}\n"),
      "values.json", utf8("{\"values\": {\"myS3Input\": \"s3://other/in\"}}\n"),
      "params.json", utf8("{\"parameters\": [{\"id\": \"p1\", \"type\": \"String\", \"default\": \"d\"}]}\n"));

  private static volatile AwsCliCommandParser parser;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private CustomizationCases() {}

  static AwsCliCommandParser parser() {
    AwsCliCommandParser p = parser;
    if (p == null) {
      p = new AwsCliCommandParser(TestEngines.botocore().cliServices(),
          path -> FILES.containsKey(path) ? FileContent.of(FILES.get(path)) : FileContent.refused("no such file: " + path),
          profile -> Optional.empty(), AwsCliCommandParser.DEFAULT_MAX_LENGTH);
      parser = p;
    }
    return p;
  }

  static ParsedCommand parse(String command) {
    ParseResult r = parser().parse(command);
    assertTrue(r.isSuccess(), () -> command + "\n  rejected: " + r.errors());
    return r.command();
  }

  /** The command's API input is the CLI's. */
  static ParsedCommand assertParams(String command, String expectedJson) {
    ParsedCommand c = parse(command);
    try {
      assertEquals(normalize(JSON.readTree(expectedJson)), normalize(c.params()), command);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return c;
  }

  /** The command is refused, as by the CLI, with this code and a message containing the CLI's. */
  static CommandError assertRejected(String command, ErrorCode code, String message) {
    ParseResult r = parser().parse(command);
    assertFalse(r.isSuccess(), () -> command + "\n  accepted: " + r.command().params());
    CommandError e = r.errors().get(0);
    assertEquals(code, e.code(), () -> command + ": " + e);
    assertTrue(e.message().contains(message), () -> command + ": " + e.message());
    return e;
  }

  /** The CLI call parameters of one command as a map from CallParameters (for local arguments). */
  static CallParameters call(String cliService, String cliOperation, String args) {
    CliServiceTable services = TestEngines.botocore().cliServices();
    List<Token> words = CommandTokenizer.tokenize(args).tokens();
    OperationArgumentsParser.Result parsed = OperationArgumentsParser.parse(services.argumentTable(cliService, cliOperation), words);
    assertTrue(parsed.error() == null, () -> String.valueOf(parsed.error()));
    return CallParameters.build(parsed.values(), path -> FileContent.refused("no files"), BinaryFormat.RAW,
        services.target(cliService, cliOperation), false);
  }

  // Numbers compare by value (Python ints and floats against Jackson's node types).
  static JsonNode normalize(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), normalize(e.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(normalize(n)));
      return out;
    }
    if (node.isNumber()) {
      return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
    }
    return node;
  }
}
