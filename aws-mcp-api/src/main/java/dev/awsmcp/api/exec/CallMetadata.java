package dev.awsmcp.api.exec;

import java.util.Objects;

/**
 * Where and how a call ran.
 *
 * @param service the botocore service name, for example {@code s3}
 * @param cliService the CLI service name, for example {@code s3api}
 * @param operation the API operation name, for example {@code ListObjectsV2}
 * @param region the region the call was signed for and sent to
 * @param durationMillis wall-clock time from the first request to the final answer
 * @param attempts HTTP requests sent, retries and pages included
 * @param pages response pages merged into the answer
 */
public record CallMetadata(
    String service,
    String cliService,
    String operation,
    String region,
    long durationMillis,
    int attempts,
    int pages) {
  public CallMetadata {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(cliService, "cliService");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(region, "region");
  }
}
