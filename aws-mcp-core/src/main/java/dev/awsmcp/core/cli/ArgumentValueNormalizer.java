package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last step of reading a value: what botocore would do to blobs and timestamps when it
 * serializes the request, done here so that the value has one form whatever the CLI syntax was.
 *
 * <ul>
 *   <li>Blobs become the base64 text of their bytes. Text is its UTF-8 bytes under
 *       {@link BinaryFormat#RAW} (CLI v1); under {@link BinaryFormat#BASE64} (CLI v2's default)
 *       text is base64 that is decoded first. Bytes from {@code fileb://} (and streaming files)
 *       are taken as they are in both.
 *   <li>Timestamps (text or numbers) become {@code YYYY-MM-DDTHH:MM:SS[.ffffff]Z}; see
 *       {@link TimestampValueParser}.
 *   <li>Bytes anywhere else are an error (botocore would refuse them for a string).
 * </ul>
 *
 * Everything else — wrong JSON types, unknown keys, constraints — is left for the validator.
 * Document values are not entered. Thread-safe.
 */
final class ArgumentValueNormalizer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final BinaryFormat binaryFormat;

  ArgumentValueNormalizer(BinaryFormat binaryFormat) {
    this.binaryFormat = binaryFormat;
  }

  JsonNode normalize(JsonNode value, Shape shape) throws ArgumentValueException {
    return normalize(value, shape, ArgumentValuePath.ROOT);
  }

  private JsonNode normalize(JsonNode value, Shape shape, ArgumentValuePath path) throws ArgumentValueException {
    if (shape.isDocument()) {
      return value;
    }
    switch (shape.type()) {
      case STRUCTURE:
        if (value instanceof ObjectNode) {
          ObjectNode object = (ObjectNode) value;
          for (String key : names(object)) {
            Optional<Member> member = shape.member(key);
            if (member.isPresent()) {
              replace(object, key, normalize(object.get(key), member.get().target(), path.key(key)));
            } else {
              rejectBytes(object.get(key), path.key(key));
            }
          }
          return value;
        }
        break;
      case MAP:
        if (value instanceof ObjectNode) {
          ObjectNode map = (ObjectNode) value;
          for (String key : names(map)) {
            replace(map, key, normalize(map.get(key), shape.mapValue().target(), path.key(key)));
          }
          return value;
        }
        break;
      case LIST:
        if (value instanceof ArrayNode) {
          ArrayNode list = (ArrayNode) value;
          for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            JsonNode normalized = normalize(element, shape.listMember().target(), path.index(i));
            if (normalized != element) {
              list.set(i, normalized);
            }
          }
          return value;
        }
        break;
      case BLOB:
        return blob(value, path);
      case TIMESTAMP:
        return timestamp(value, path);
      default:
        break;
    }
    rejectBytes(value, path);
    return value;
  }

  private JsonNode blob(JsonNode value, ArgumentValuePath path) throws ArgumentValueException {
    if (value.isBinary()) {
      return base64(((BinaryNode) value).binaryValue());
    }
    if (!value.isTextual()) {
      return value;
    }
    String text = value.textValue();
    if (binaryFormat == BinaryFormat.BASE64) {
      Optional<byte[]> bytes = ArgumentValueBase64.decode(text);
      if (bytes.isEmpty()) {
        throw new ArgumentValueException(ErrorCode.INVALID_TYPE,
            "Invalid base64: \"" + ScalarValueText.truncate(text) + "\"" + path.suffix());
      }
      return base64(bytes.get());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        throw new ArgumentValueException(ErrorCode.INVALID_TYPE, String.format(
            "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed%s",
            (int) c, text.codePointCount(0, i), path.suffix()));
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return base64(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode timestamp(JsonNode value, ArgumentValuePath path) throws ArgumentValueException {
    Optional<String> normalized;
    if (value.isTextual()) {
      normalized = TimestampValueParser.normalize(value.textValue());
    } else if (value.isIntegralNumber()) {
      normalized = TimestampValueParser.fromEpochSeconds(value.bigIntegerValue());
    } else if (value.isNumber()) {
      normalized = TimestampValueParser.fromEpochSeconds(value.doubleValue());
    } else {
      rejectBytes(value, path);
      return value; // a list or object: the validator reports the type
    }
    if (normalized.isEmpty()) {
      String shown = value.isTextual() ? ScalarValueText.truncate(value.textValue()) : value.toString();
      throw new ArgumentValueException(ErrorCode.INVALID_TYPE, "Invalid timestamp \"" + shown + "\"" + path.suffix()
          + ": expected ISO 8601 (2024-01-31T12:00:00Z, 2024-01-31), epoch seconds (1706702400)"
          + " or RFC 1123 (Wed, 31 Jan 2024 12:00:00 GMT), in years 1 to 9999");
    }
    return NODES.textNode(normalized.get());
  }

  private static JsonNode base64(byte[] bytes) {
    return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
  }

  /** Bytes (from {@code fileb://}) are only for blobs. */
  private static void rejectBytes(JsonNode value, ArgumentValuePath path) throws ArgumentValueException {
    if (value == null || !value.isContainerNode() && !value.isBinary()) {
      return;
    }
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(value);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isBinary()) {
        throw new ArgumentValueException(ErrorCode.INVALID_TYPE, "Binary file content (fileb://) given"
            + path.suffix() + ", which is not a blob; use file:// to load text");
      }
      if (node.isContainerNode()) {
        node.elements().forEachRemaining(pending::push);
      }
    }
  }

  private static void replace(ObjectNode object, String key, JsonNode replaced) {
    if (replaced != object.get(key)) {
      object.set(key, replaced);
    }
  }

  private static List<String> names(ObjectNode object) {
    List<String> names = new ArrayList<>(object.size());
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
