package dev.awsmcp.core.policy.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The permissions an {@code s3api} operation needs: its IAM action (see {@link IamActionNames})
 * on the object or bucket its arguments name. Three calls need more than one: {@code
 * delete-objects} deletes every key it lists, {@code copy-object} and {@code upload-part-copy}
 * also read their source. With a version id, IAM checks the version action ({@code
 * s3:DeleteObjectVersion}); the guard asks for both, so a Deny on either name holds.
 */
final class S3OperationAccesses {
  private static final Map<String, String> VERSION_ACTIONS = Map.of(
      "GetObject", "GetObjectVersion",
      "DeleteObject", "DeleteObjectVersion",
      "GetObjectAcl", "GetObjectVersionAcl",
      "PutObjectAcl", "PutObjectVersionAcl",
      "GetObjectTagging", "GetObjectVersionTagging",
      "PutObjectTagging", "PutObjectVersionTagging",
      "DeleteObjectTagging", "DeleteObjectVersionTagging",
      "GetObjectAttributes", "GetObjectVersionAttributes");

  private S3OperationAccesses() {}

  static List<Access> of(String operation, ObjectNode params, String partition) {
    String action = IamActionNames.renamed("s3", operation).orElse(operation);
    String bucket = params.path("Bucket").asText("");
    List<Access> out = new ArrayList<>();
    if (bucket.isEmpty()) {
      out.add(new Access("s3:" + action, RequestResource.unknown()));
      return out;
    }
    if (operation.equals("DeleteObjects")) {
      for (JsonNode object : params.path("Delete").path("Objects")) {
        addObject(out, action, S3Arns.object(partition, bucket, object.path("Key").asText("")), object.has("VersionId"));
      }
      if (out.isEmpty()) {
        out.add(new Access("s3:" + action, RequestResource.under(S3Arns.object(partition, bucket, ""))));
      }
      return out;
    }
    if (params.has("Key")) {
      addObject(out, action, S3Arns.object(partition, bucket, params.get("Key").asText()), params.has("VersionId"));
    } else {
      out.add(new Access("s3:" + action, RequestResource.arn(S3Arns.bucket(partition, bucket))));
    }
    if (params.has("CopySource")) {
      out.add(copySource(params.get("CopySource").asText(), partition));
    }
    return out;
  }

  private static void addObject(List<Access> out, String action, String arn, boolean versioned) {
    out.add(new Access("s3:" + action, RequestResource.arn(arn)));
    String versionAction = VERSION_ACTIONS.get(action);
    if (versioned && versionAction != null) {
      out.add(new Access("s3:" + versionAction, RequestResource.arn(arn)));
    }
  }

  /**
   * Reading the source of a copy: {@code bucket/key} (URL-encoded, optionally with a leading
   * slash and {@code ?versionId=}), or an access point ARN with {@code /object/key}.
   */
  private static Access copySource(String source, String partition) {
    int query = source.indexOf("?versionId=");
    boolean versioned = query >= 0;
    String path = versioned ? source.substring(0, query) : source;
    if (path.startsWith("arn:")) {
      return new Access(versioned ? "s3:GetObjectVersion" : "s3:GetObject", RequestResource.arn(path));
    }
    path = path.startsWith("/") ? path.substring(1) : path;
    try {
      // Percent-decoding only: a '+' in a copy source is a plus sign, not a space.
      path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      return new Access(versioned ? "s3:GetObjectVersion" : "s3:GetObject", RequestResource.unknown());
    }
    int slash = path.indexOf('/');
    RequestResource resource = slash <= 0 ? RequestResource.unknown()
        : RequestResource.arn(S3Arns.object(partition, path.substring(0, slash), path.substring(slash + 1)));
    return new Access(versioned ? "s3:GetObjectVersion" : "s3:GetObject", resource);
  }
}
