package dev.awsmcp.core.policy.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The permissions of the high-level {@code aws s3} commands, which run many API calls: {@code cp}
 * reads its S3 source and writes its S3 target, {@code mv} also deletes the source, {@code rm}
 * deletes, {@code sync} lists and copies (and deletes with {@code --delete}), {@code mb}/{@code rb}
 * create and delete buckets. A recursive command, a directory target or a sync touches every
 * object under a prefix. A command not listed here needs "some s3 action".
 */
final class S3HighLevelAccesses {
  private final String partition;
  private final List<Access> out = new ArrayList<>();

  private S3HighLevelAccesses(String partition) {
    this.partition = partition;
  }

  static List<Access> of(String command, ObjectNode params, String partition) {
    S3HighLevelAccesses a = new S3HighLevelAccesses(partition);
    List<String> paths = paths(params);
    boolean recursive = params.path("recursive").asBoolean(false);
    switch (command) {
      case "ls" -> a.list(paths.isEmpty() ? "s3://" : paths.get(0));
      case "cp", "mv" -> {
        if (paths.size() == 2) {
          a.copy(paths.get(0), paths.get(1), recursive, command.equals("mv"));
        }
      }
      case "sync" -> {
        if (paths.size() == 2) {
          a.copy(paths.get(0), paths.get(1), true, false);
          if (params.path("delete").asBoolean(false)) {
            a.objects("s3:DeleteObject", paths.get(1), true);
          }
        }
      }
      case "rm" -> paths.forEach(p -> a.objects("s3:DeleteObject", p, recursive));
      case "mb" -> paths.forEach(p -> a.bucket("s3:CreateBucket", p));
      case "rb" -> paths.forEach(p -> {
        if (params.path("force").asBoolean(false)) {
          a.objects("s3:DeleteObject", p, true);
        }
        a.bucket("s3:DeleteBucket", p);
      });
      case "presign" -> paths.forEach(p -> a.objects("s3:GetObject", p, false));
      case "website" -> paths.forEach(p -> a.bucket("s3:PutBucketWebsite", p));
      default -> { }
    }
    if (a.out.isEmpty()) {
      a.out.add(new Access(RequestAction.anyOf("s3"), RequestResource.unknown()));
    }
    return List.copyOf(a.out);
  }

  private static List<String> paths(ObjectNode params) {
    JsonNode node = params.has("paths") ? params.get("paths") : params.path("path");
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(p -> out.add(p.asText()));
    } else if (node.isTextual()) {
      out.add(node.asText());
    }
    return out;
  }

  private void list(String path) {
    S3Url url = S3Url.parse(path);
    if (url == null || url.bucket().isEmpty()) {
      out.add(new Access("s3:ListAllMyBuckets", RequestResource.unknown()));
    } else {
      out.add(new Access("s3:ListBucket", RequestResource.arn(S3Arns.bucket(partition, url.bucket()))));
    }
  }

  private void copy(String from, String to, boolean recursive, boolean move) {
    // Copying into a "directory" appends the source's file name: the exact key is unknown.
    S3Url target = S3Url.parse(to);
    boolean manyTargets = recursive || to.endsWith("/") || target != null && target.key().isEmpty();
    objects("s3:GetObject", from, recursive);
    if (move) {
      objects("s3:DeleteObject", from, recursive);
    }
    objects("s3:PutObject", to, manyTargets, recursive);
  }

  /** {@code action} on the object a path names, or on every object under it (listed first); local paths need nothing. */
  private void objects(String action, String path, boolean under) {
    objects(action, path, under, under);
  }

  private void objects(String action, String path, boolean under, boolean lists) {
    S3Url url = S3Url.parse(path);
    if (url == null) {
      return;
    }
    if (url.bucket().isEmpty()) {
      out.add(new Access(action, RequestResource.unknown()));
      return;
    }
    if (lists) {
      out.add(new Access("s3:ListBucket", RequestResource.arn(S3Arns.bucket(partition, url.bucket()))));
    }
    if (under) {
      out.add(new Access(action, RequestResource.under(S3Arns.object(partition, url.bucket(), url.key()))));
    } else {
      out.add(new Access(action, RequestResource.arn(S3Arns.object(partition, url.bucket(), url.key()))));
    }
  }

  private void bucket(String action, String path) {
    S3Url url = S3Url.parse(path);
    out.add(new Access(action, url == null || url.bucket().isEmpty()
        ? RequestResource.unknown() : RequestResource.arn(S3Arns.bucket(partition, url.bucket()))));
  }

  /** {@code s3://bucket/key} or {@code s3://<access point ARN>/key}, split; {@code null} for a local path. */
  record S3Url(String bucket, String key) {
    static S3Url parse(String path) {
      if (!path.startsWith("s3://")) {
        return null;
      }
      String rest = path.substring("s3://".length());
      int accessPoint = rest.startsWith("arn:") ? rest.indexOf("accesspoint/") : -1;
      int slash = accessPoint < 0 ? rest.indexOf('/') : rest.indexOf('/', accessPoint + "accesspoint/".length());
      return slash < 0 ? new S3Url(rest, "") : new S3Url(rest.substring(0, slash), rest.substring(slash + 1));
    }
  }
}
