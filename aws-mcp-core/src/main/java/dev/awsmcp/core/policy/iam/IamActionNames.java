package dev.awsmcp.core.policy.iam;

import java.util.Map;
import java.util.Optional;

/**
 * API operations whose IAM action has another name. IAM usually names an action after its
 * operation ({@code DescribeInstances} is {@code ec2:DescribeInstances}), but S3 kept the names of
 * its original permission model: listing objects is {@code s3:ListBucket}, a multipart upload is
 * {@code s3:PutObject}, removing a bucket's CORS rules is {@code s3:PutBucketCORS}. Without this
 * table a Deny on {@code s3:DeleteObject} would let {@code delete-objects} through. Entries are
 * keyed by model name and operation, from AWS's "Required permissions for Amazon S3 API
 * operations" and each service's Service Authorization Reference page.
 */
final class IamActionNames {
  private static final Map<String, String> RENAMED = Map.ofEntries(
      // Listing
      Map.entry("s3:ListObjects", "ListBucket"),
      Map.entry("s3:ListObjectsV2", "ListBucket"),
      Map.entry("s3:HeadBucket", "ListBucket"),
      Map.entry("s3:ListObjectVersions", "ListBucketVersions"),
      Map.entry("s3:ListMultipartUploads", "ListBucketMultipartUploads"),
      Map.entry("s3:ListParts", "ListMultipartUploadParts"),
      Map.entry("s3:ListBuckets", "ListAllMyBuckets"),
      // Objects
      Map.entry("s3:HeadObject", "GetObject"),
      Map.entry("s3:SelectObjectContent", "GetObject"),
      Map.entry("s3:DeleteObjects", "DeleteObject"),
      Map.entry("s3:CreateMultipartUpload", "PutObject"),
      Map.entry("s3:UploadPart", "PutObject"),
      Map.entry("s3:UploadPartCopy", "PutObject"),
      Map.entry("s3:CompleteMultipartUpload", "PutObject"),
      Map.entry("s3:CopyObject", "PutObject"),
      // Bucket configuration: Delete* is a Put of the empty configuration
      Map.entry("s3:DeleteBucketCors", "PutBucketCORS"),
      Map.entry("s3:DeleteBucketLifecycle", "PutLifecycleConfiguration"),
      Map.entry("s3:GetBucketLifecycle", "GetLifecycleConfiguration"),
      Map.entry("s3:GetBucketLifecycleConfiguration", "GetLifecycleConfiguration"),
      Map.entry("s3:PutBucketLifecycle", "PutLifecycleConfiguration"),
      Map.entry("s3:PutBucketLifecycleConfiguration", "PutLifecycleConfiguration"),
      Map.entry("s3:DeleteBucketEncryption", "PutEncryptionConfiguration"),
      Map.entry("s3:GetBucketEncryption", "GetEncryptionConfiguration"),
      Map.entry("s3:PutBucketEncryption", "PutEncryptionConfiguration"),
      Map.entry("s3:DeleteBucketReplication", "PutReplicationConfiguration"),
      Map.entry("s3:GetBucketReplication", "GetReplicationConfiguration"),
      Map.entry("s3:PutBucketReplication", "PutReplicationConfiguration"),
      Map.entry("s3:DeleteBucketTagging", "PutBucketTagging"),
      Map.entry("s3:GetBucketNotificationConfiguration", "GetBucketNotification"),
      Map.entry("s3:PutBucketNotificationConfiguration", "PutBucketNotification"),
      Map.entry("s3:GetBucketAccelerateConfiguration", "GetAccelerateConfiguration"),
      Map.entry("s3:PutBucketAccelerateConfiguration", "PutAccelerateConfiguration"),
      Map.entry("s3:GetBucketMetricsConfiguration", "GetMetricsConfiguration"),
      Map.entry("s3:ListBucketMetricsConfigurations", "GetMetricsConfiguration"),
      Map.entry("s3:PutBucketMetricsConfiguration", "PutMetricsConfiguration"),
      Map.entry("s3:DeleteBucketMetricsConfiguration", "PutMetricsConfiguration"),
      Map.entry("s3:GetBucketAnalyticsConfiguration", "GetAnalyticsConfiguration"),
      Map.entry("s3:ListBucketAnalyticsConfigurations", "GetAnalyticsConfiguration"),
      Map.entry("s3:PutBucketAnalyticsConfiguration", "PutAnalyticsConfiguration"),
      Map.entry("s3:DeleteBucketAnalyticsConfiguration", "PutAnalyticsConfiguration"),
      Map.entry("s3:GetBucketInventoryConfiguration", "GetInventoryConfiguration"),
      Map.entry("s3:ListBucketInventoryConfigurations", "GetInventoryConfiguration"),
      Map.entry("s3:PutBucketInventoryConfiguration", "PutInventoryConfiguration"),
      Map.entry("s3:DeleteBucketInventoryConfiguration", "PutInventoryConfiguration"),
      Map.entry("s3:GetBucketIntelligentTieringConfiguration", "GetIntelligentTieringConfiguration"),
      Map.entry("s3:ListBucketIntelligentTieringConfigurations", "GetIntelligentTieringConfiguration"),
      Map.entry("s3:PutBucketIntelligentTieringConfiguration", "PutIntelligentTieringConfiguration"),
      Map.entry("s3:DeleteBucketIntelligentTieringConfiguration", "PutIntelligentTieringConfiguration"),
      Map.entry("s3:DeleteBucketOwnershipControls", "PutBucketOwnershipControls"),
      Map.entry("s3:GetObjectLockConfiguration", "GetBucketObjectLockConfiguration"),
      Map.entry("s3:PutObjectLockConfiguration", "PutBucketObjectLockConfiguration"),
      Map.entry("s3:GetPublicAccessBlock", "GetBucketPublicAccessBlock"),
      Map.entry("s3:PutPublicAccessBlock", "PutBucketPublicAccessBlock"),
      Map.entry("s3:DeletePublicAccessBlock", "PutBucketPublicAccessBlock"),
      // S3 Control: the account-level public access block
      Map.entry("s3control:GetPublicAccessBlock", "GetAccountPublicAccessBlock"),
      Map.entry("s3control:PutPublicAccessBlock", "PutAccountPublicAccessBlock"),
      Map.entry("s3control:DeletePublicAccessBlock", "PutAccountPublicAccessBlock"),
      // Lambda: invoking is lambda:InvokeFunction whichever operation does it
      Map.entry("lambda:Invoke", "InvokeFunction"),
      Map.entry("lambda:InvokeWithResponseStream", "InvokeFunction"),
      // Bedrock: the Converse API is authorized as the model invocation it performs
      Map.entry("bedrock-runtime:Converse", "InvokeModel"),
      Map.entry("bedrock-runtime:ConverseStream", "InvokeModelWithResponseStream"),
      // API Gateway connections: one action for every operation
      Map.entry("apigatewaymanagementapi:PostToConnection", "ManageConnections"),
      Map.entry("apigatewaymanagementapi:GetConnection", "ManageConnections"),
      Map.entry("apigatewaymanagementapi:DeleteConnection", "ManageConnections"),
      // CloudSearch domains: lower-case data actions
      Map.entry("cloudsearchdomain:UploadDocuments", "document"));

  private IamActionNames() {}

  /** The IAM action name of {@code operation} of the model {@code service}, when it differs. */
  static Optional<String> renamed(String service, String operation) {
    return Optional.ofNullable(RENAMED.get(service + ":" + operation));
  }
}
