package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The response-side handlers botocore runs after parsing ({@code after-call}) for services of the
 * XML protocols, so that the output is what the AWS CLI prints: IAM policy documents as JSON
 * objects, EC2 console output decoded, CloudFormation JSON templates as objects, and S3 listing
 * keys URL-decoded (the request asked for URL encoding, see {@link BotocoreInputHandlers}).
 * A value that does not decode is left as it came, as botocore leaves it.
 */
final class BotocoreOutputHandlers {
  private static final ObjectMapper JSON = new ObjectMapper();
  // The keys S3 URL-encodes in each listing: top-level members, then (list, member) pairs.
  private static final Map<String, List<String>> S3_TOP_LEVEL = Map.of(
      "ListObjects", List.of("Delimiter", "Marker", "NextMarker"),
      "ListObjectsV2", List.of("Delimiter", "Prefix", "StartAfter"),
      "ListObjectVersions", List.of("KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"));
  private static final Map<String, List<String[]>> S3_NESTED = Map.of(
      "ListObjects", List.of(new String[] {"Contents", "Key"}, new String[] {"CommonPrefixes", "Prefix"}),
      "ListObjectsV2", List.of(new String[] {"Contents", "Key"}, new String[] {"CommonPrefixes", "Prefix"}),
      "ListObjectVersions", List.of(new String[] {"Versions", "Key"}, new String[] {"DeleteMarkers", "Key"},
          new String[] {"CommonPrefixes", "Prefix"}));

  private BotocoreOutputHandlers() {}

  /** Applies the handlers to {@code output} in place. */
  static void apply(ServiceModel service, Operation operation, ObjectNode output) {
    switch (service.metadata().serviceId()) {
      case "IAM":
        operation.outputShape().ifPresent(s -> policyDocuments(service.shape(s), output));
        break;
      case "EC2":
        if (operation.name().equals("GetConsoleOutput") && output.path("Output").isTextual()) {
          consoleOutput(output);
        }
        break;
      case "CloudFormation":
        if (operation.name().equals("GetTemplate") && output.path("TemplateBody").isTextual()) {
          parseJson(output.get("TemplateBody").asText()).ifPresent(t -> output.set("TemplateBody", t));
        }
        break;
      case "S3":
        if (S3_TOP_LEVEL.containsKey(operation.name()) && output.path("EncodingType").asText().equals("url")) {
          s3Keys(operation.name(), output);
        }
        break;
      default:
        break;
    }
  }

  // json_decode_policies: IAM sends policy documents URL-encoded; members of shape policyDocumentType.
  private static void policyDocuments(Shape shape, JsonNode value) {
    if (shape.type() == ShapeType.STRUCTURE && value.isObject()) {
      for (Member m : shape.members().values()) {
        JsonNode v = value.get(m.name());
        if (v == null) {
          continue;
        }
        if (m.targetName().equals("policyDocumentType") && v.isTextual()) {
          JsonNode decoded = parseJson(percentDecode(v.asText(), false)).orElse(null);
          if (decoded != null) {
            ((ObjectNode) value).set(m.name(), decoded);
          }
        } else {
          policyDocuments(m.target(), v);
        }
      }
    } else if (shape.type() == ShapeType.LIST && value.isArray()) {
      value.forEach(item -> policyDocuments(shape.listMember().target(), item));
    }
  }

  // decode_console_output: base64, decoded as UTF-8 with replacement characters.
  private static void consoleOutput(ObjectNode output) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(output.get("Output").asText());
      output.put("Output", new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      // not base64: botocore keeps the text as it came
    }
  }

  private static void s3Keys(String operation, ObjectNode output) {
    for (String key : S3_TOP_LEVEL.get(operation)) {
      if (output.path(key).isTextual()) {
        output.put(key, percentDecode(output.get(key).asText(), true));
      }
    }
    for (String[] nested : S3_NESTED.get(operation)) {
      for (JsonNode item : output.path(nested[0])) {
        if (item.isObject() && item.path(nested[1]).isTextual()) {
          ((ObjectNode) item).put(nested[1], percentDecode(item.get(nested[1]).asText(), true));
        }
      }
    }
  }

  private static Optional<JsonNode> parseJson(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text)).filter(n -> !n.isMissingNode());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /**
   * Python's {@code unquote} ({@code plus} false) or {@code unquote_plus}: {@code %XX} sequences as
   * UTF-8 bytes, invalid sequences kept as written.
   */
  static String percentDecode(String s, boolean plusIsSpace) {
    if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        bytes.write(plusIsSpace && b == '+' ? ' ' : b);
      }
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }
}
