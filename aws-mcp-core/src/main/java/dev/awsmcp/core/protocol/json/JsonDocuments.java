package dev.awsmcp.core.protocol.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.core.protocol.ProtocolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Parses and prints JSON bodies with one shared, immutable mapper. */
final class JsonDocuments {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonDocuments() {}

  /** The body as JSON; an empty or blank body is {@code {}}. */
  static JsonNode parse(byte[] body) {
    if (isBlank(body)) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new ProtocolException("the response body is not JSON: "
          + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8), e);
    }
  }

  /** As {@link #parse}, but a body that is not JSON (an HTML error page) reads as {@code {}}. */
  static JsonNode parseOrEmpty(byte[] body) {
    try {
      JsonNode n = parse(body);
      return n.isObject() ? n : JsonNodeFactory.instance.objectNode();
    } catch (ProtocolException e) {
      return JsonNodeFactory.instance.objectNode();
    }
  }

  static boolean isJson(byte[] body) {
    try {
      MAPPER.readTree(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new ProtocolException("cannot write JSON", e);
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
