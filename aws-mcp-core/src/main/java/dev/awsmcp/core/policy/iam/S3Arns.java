package dev.awsmcp.core.policy.iam;

/**
 * ARNs of S3 buckets and objects as IAM sees them: {@code arn:aws:s3:::bucket} and {@code
 * arn:aws:s3:::bucket/key}. A bucket given as an access point or Outposts ARN keeps its ARN, and
 * its objects are {@code <access point ARN>/object/<key>}.
 */
final class S3Arns {
  private S3Arns() {}

  static String bucket(String partition, String bucket) {
    return bucket.startsWith("arn:") ? bucket : "arn:" + partition + ":s3:::" + bucket;
  }

  static String object(String partition, String bucket, String key) {
    return bucket.startsWith("arn:") ? bucket + "/object/" + key : bucket(partition, bucket) + "/" + key;
  }
}
