package dev.awsmcp.core.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON schemas written as JSON text, which reads closer to what the agent receives than builder calls. */
final class Schemas {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Schemas() {}

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("a built-in tool schema is not a JSON object: " + e.getMessage(), e);
    }
  }
}
