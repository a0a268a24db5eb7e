package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.Optional;

/**
 * The parts of a request's address that the endpoint rules already place, so the request
 * builder must not place them again (botocore rewrites its models the same way, in
 * {@code remove_bucket_from_url_paths_from_model} and {@code remove_accid_host_prefix_from_model}):
 * S3's rules put the bucket in the host or the path of the endpoint URL, and S3 Control's put the
 * account id in the host.
 */
public final class RuleSetPlacedLabels {
  private static final String BUCKET = "/{Bucket}";

  private RuleSetPlacedLabels() {}

  /**
   * The operation's request URI template, without a leading {@code /{Bucket}} for S3; what
   * remains may be empty ({@code HeadBucket}) or only a query ({@code ?tagging}). Join it to the
   * endpoint URL as botocore's {@code _urljoin} does: an empty or {@code /} path keeps the
   * endpoint's path ({@code /} if it has none), else the path is appended, one slash between.
   */
  public static String requestUri(ServiceModel service, Operation operation) {
    String uri = operation.requestUri();
    if (!service.metadata().serviceId().equals("S3") || !uri.startsWith(BUCKET)) {
      return uri;
    }
    String rest = uri.substring(BUCKET.length());
    // A label that only starts like {Bucket}, such as /{BucketName}, stays.
    return rest.isEmpty() || rest.charAt(0) == '/' || rest.charAt(0) == '?' ? rest : uri;
  }

  /**
   * The operation as the request builder lays it out: without what the rules place, its request
   * URI a path again ({@code /{Bucket}} becomes {@code /}, {@code /{Bucket}?acl} {@code /?acl}).
   */
  public static Operation addressed(ServiceModel service, Operation operation) {
    String uri = requestUri(service, operation);
    Optional<String> prefix = hostPrefix(service, operation);
    if (uri.equals(operation.requestUri()) && prefix.equals(operation.hostPrefix())) {
      return operation;
    }
    return operation.withAddress(uri.startsWith("/") ? uri : "/" + uri, prefix);
  }

  /** The operation's host prefix, except S3 Control's {@code {AccountId}.}, which its rules place. */
  public static Optional<String> hostPrefix(ServiceModel service, Operation operation) {
    Optional<String> prefix = operation.hostPrefix();
    JsonNode requiresAccountId = operation.staticContextParams().get("RequiresAccountId");
    if (prefix.isPresent() && prefix.get().equals("{AccountId}.")
        && requiresAccountId != null && requiresAccountId.asBoolean(false)) {
      return Optional.empty();
    }
    return prefix;
  }
}
