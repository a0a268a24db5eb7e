package dev.awsmcp.core.protocol.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.TimestampFormats;
import dev.awsmcp.core.protocol.TimestampFormats.Format;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Scalars as they travel in URI labels, query strings and headers, both ways: text on the wire,
 * the engine's value convention in {@link JsonNode}s. Timestamps take the format
 * {@link TimestampFormats#resolve} picks with the location's default; {@code jsonvalue} headers
 * carry base64 JSON.
 */
final class HttpScalars {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HttpScalars() {}

  /** The wire text of a scalar input value of a member. */
  static String toText(Member member, Shape target, JsonNode value, Format timestampDefault) {
    switch (target.type()) {
      case TIMESTAMP:
        return TimestampFormats.format(instant(value), TimestampFormats.resolve(member, timestampDefault));
      case BOOLEAN:
        return value.isBoolean() ? String.valueOf(value.booleanValue()) : value.asText();
      default:
        if (value.isBigDecimal()) {
          return value.decimalValue().toPlainString();
        }
        if (member.traits().jsonValue() && !value.isTextual()) {
          return Base64.getEncoder().encodeToString(compact(value).getBytes(StandardCharsets.UTF_8));
        }
        if (!value.isValueNode()) {
          throw new ProtocolException(member.name() + " must be a scalar, not " + value.getNodeType());
        }
        return value.asText();
    }
  }

  /** A header's text: as {@link #toText}, with a {@code jsonvalue} string base64-encoded. */
  static String toHeaderText(Member member, Shape target, JsonNode value) {
    if (member.traits().jsonValue() && value.isTextual()) {
      return Base64.getEncoder().encodeToString(value.asText().getBytes(StandardCharsets.UTF_8));
    }
    return toText(member, target, value, Format.HTTP_DATE);
  }

  /** The input value of a timestamp: ISO-8601 text or epoch seconds. */
  static Instant instant(JsonNode value) {
    if (value.isNumber()) {
      return TimestampFormats.fromEpochSeconds(value.decimalValue());
    }
    return TimestampFormats.parseInput(value.asText());
  }

  /** The value of a scalar read from wire text, in the engine's output convention. */
  static JsonNode fromText(Member member, Shape target, String text, Format timestampDefault) {
    try {
      switch (target.type()) {
        case TIMESTAMP:
          Instant t = TimestampFormats.parseLeniently(text, TimestampFormats.resolve(member, timestampDefault));
          return NODES.textNode(TimestampFormats.toOutput(t));
        case BOOLEAN:
          return NODES.booleanNode(Boolean.parseBoolean(text.trim()));
        case INTEGER: case LONG: case BYTE: case SHORT: case BIG_INTEGER:
          return integral(new BigInteger(text.trim()));
        case FLOAT: case DOUBLE:
          return NODES.numberNode(Double.parseDouble(text.trim()));
        case BIG_DECIMAL:
          return NODES.numberNode(new BigDecimal(text.trim()));
        default:
          if (member.traits().jsonValue()) {
            return JSON.readTree(Base64.getDecoder().decode(text.trim()));
          }
          return NODES.textNode(text);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ProtocolException("cannot read " + member.name() + " from " + text, e);
    }
  }

  // The node Jackson's parser would make for the number, so outputs compare equal to parsed JSON.
  static JsonNode integral(BigInteger v) {
    if (v.bitLength() < 32) {
      return NODES.numberNode(v.intValue());
    }
    return v.bitLength() < 64 ? NODES.numberNode(v.longValue()) : NODES.numberNode(v);
  }

  private static String compact(JsonNode value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new ProtocolException("cannot write " + value, e);
    }
  }
}
