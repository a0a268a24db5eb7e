package dev.awsmcp.core.auth;

import software.amazon.awssdk.http.auth.aws.signer.AwsV4aHttpSigner;

/**
 * The SDK's SigV4a signer, created on first use: it is implemented by the AWS CRT
 * ({@code software.amazon.awssdk.crt:aws-crt}), an optional native dependency.
 */
final class SigV4aSigner {
  private static volatile AwsV4aHttpSigner signer;

  private SigV4aSigner() {}

  static AwsV4aHttpSigner get() {
    AwsV4aHttpSigner s = signer;
    if (s != null) {
      return s;
    }
    try {
      s = AwsV4aHttpSigner.create();
    } catch (RuntimeException | LinkageError e) {
      throw new SigningException("this endpoint needs SigV4a signatures (for example an S3 multi-region access "
          + "point), which need the AWS CRT (software.amazon.awssdk.crt:aws-crt) on the class path: "
          + e.getMessage(), e);
    }
    signer = s;
    return s;
  }
}
