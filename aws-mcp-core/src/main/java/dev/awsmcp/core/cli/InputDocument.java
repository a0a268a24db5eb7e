package dev.awsmcp.core.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code --cli-input-json} and {@code --cli-input-yaml}: the whole API input as one document,
 * inline or from {@code file://}. Depth and size are bounded like every other value.
 */
final class InputDocument {
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxNestingDepth(1000).maxStringLength(16 << 20).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build()).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS).build()).build();

  private InputDocument() {}

  record Result(JsonNode document, CommandError error) {}

  static Result read(CliArgument arg, String value, FileResolver files) {
    String text = value;
    if (value.startsWith("file://")) {
      FileContent content = files.read(value.substring("file://".length()));
      if (!content.isAvailable()) {
        return error(ErrorCode.FILE_ERROR, arg, "Unable to load paramfile " + value + ": " + content.refusal().orElse(""));
      }
      text = new String(content.bytes(), StandardCharsets.UTF_8);
    }
    boolean yaml = arg.kind() == CliArgument.Kind.CLI_INPUT_YAML;
    JsonNode doc;
    try {
      doc = (yaml ? YAML : JSON).readTree(text);
    } catch (IOException | RuntimeException e) {
      return error(ErrorCode.INVALID_JSON, arg, "Invalid " + (yaml ? "YAML" : "JSON") + " received: " + firstLine(e.getMessage()));
    }
    if (doc == null || !doc.isObject()) {
      return error(ErrorCode.INVALID_JSON, arg, "The value of " + arg.cliName() + " must be a " + (yaml ? "YAML mapping" : "JSON object") + ".");
    }
    return new Result(doc, null);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static Result error(ErrorCode code, CliArgument arg, String message) {
    return new Result(null, CommandError.forParameter(code, arg.cliName(), message));
  }
}
