package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.PercentEncoding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request-side handlers botocore runs before serializing ({@code before-parameter-build}) for
 * services of the XML protocols, so that a command means what it means to the AWS CLI: Route 53
 * ids cut to their last segment, EC2 user data base64-encoded, S3 copy sources percent-encoded,
 * SSE-C keys base64-encoded with their MD5, and S3 listings asking for URL-encoded keys (which
 * {@link BotocoreOutputHandlers} decodes again).
 */
final class BotocoreInputHandlers {
  private static final Set<String> ROUTE53_ID_SHAPES = Set.of("ResourceId", "DelegationSetId", "ChangeId");
  private static final Set<String> S3_LISTINGS = Set.of("ListObjects", "ListObjectsV2", "ListObjectVersions");
  private static final Set<String> S3_SSE_C = Set.of("HeadObject", "GetObject", "PutObject", "CopyObject",
      "CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload", "SelectObjectContent");
  private static final Set<String> S3_COPIES = Set.of("CopyObject", "UploadPartCopy");
  private static final Pattern VERSION_ID_SUFFIX = Pattern.compile("\\?versionId=[^\\s]+$");

  private BotocoreInputHandlers() {}

  /** The input as botocore's handlers leave it; the input itself when none applies. */
  static ObjectNode apply(ServiceModel service, Operation operation, ObjectNode input) {
    ObjectNode out = input.deepCopy();
    switch (service.metadata().serviceId()) {
      case "Route 53":
        route53Ids(service, operation, out);
        break;
      case "EC2":
        if (operation.name().equals("RunInstances")) {
          base64UserData(out);
        }
        break;
      case "Auto Scaling":
        if (operation.name().equals("CreateLaunchConfiguration")) {
          base64UserData(out);
        }
        break;
      case "S3":
        s3(operation.name(), out);
        break;
      default:
        return input;
    }
    return out;
  }

  // fix_route53_ids: "/hostedzone/Z1" as listed by one call is "Z1" to the next.
  private static void route53Ids(ServiceModel service, Operation operation, ObjectNode values) {
    if (operation.inputShape().isEmpty()) {
      return;
    }
    for (Member m : service.shape(operation.inputShape().get()).members().values()) {
      JsonNode v = values.get(m.name());
      if (ROUTE53_ID_SHAPES.contains(m.targetName()) && v != null && v.isTextual()) {
        String id = v.asText();
        values.put(m.name(), id.substring(id.lastIndexOf('/') + 1));
      }
    }
  }

  // base64_encode_user_data: the API takes base64, the CLI takes the script itself.
  private static void base64UserData(ObjectNode values) {
    JsonNode v = values.get("UserData");
    if (v != null && v.isTextual()) {
      values.put("UserData", Base64.getEncoder().encodeToString(v.asText().getBytes(StandardCharsets.UTF_8)));
    }
  }

  private static void s3(String operation, ObjectNode values) {
    if (S3_LISTINGS.contains(operation) && !values.has("EncodingType")) {
      values.put("EncodingType", "url"); // set_list_objects_encoding_type_url
    }
    if (S3_COPIES.contains(operation) && values.path("CopySource").isTextual()) {
      values.put("CopySource", quoteCopySource(values.get("CopySource").asText()));
    }
    if (S3_SSE_C.contains(operation)) {
      sseCustomerKey(values, "SSECustomer");
    }
    if (S3_COPIES.contains(operation)) {
      sseCustomerKey(values, "CopySourceSSECustomer");
    }
  }

  // handle_copy_source_param: "bucket/key with space?versionId=v" encodes the key, not the version.
  private static String quoteCopySource(String source) {
    Matcher m = VERSION_ID_SUFFIX.matcher(source);
    if (!m.find()) {
      return PercentEncoding.encodeKeepingSlash(source);
    }
    return PercentEncoding.encodeKeepingSlash(source.substring(0, m.start())) + source.substring(m.start());
  }

  // sse_md5: the key travels base64-encoded, with the base64 MD5 of its bytes, unless the MD5 is given.
  private static void sseCustomerKey(ObjectNode values, String prefix) {
    JsonNode key = values.get(prefix + "Key");
    if (key == null || key.isNull() || values.has(prefix + "KeyMD5")) {
      return;
    }
    byte[] bytes = key.asText().getBytes(StandardCharsets.UTF_8);
    values.put(prefix + "Key", Base64.getEncoder().encodeToString(bytes));
    values.put(prefix + "KeyMD5", Base64.getEncoder().encodeToString(md5(bytes)));
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has MD5", e);
    }
  }
}
