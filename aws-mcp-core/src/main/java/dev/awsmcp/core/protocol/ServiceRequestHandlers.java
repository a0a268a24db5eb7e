package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.Set;

/**
 * The request customizations botocore applies in event handlers rather than in its protocol
 * serializers, which the AWS CLI therefore sends for every call of these services:
 * Glacier's {@code accountId} default ({@code -}), API version header and upload checksums, and
 * API Gateway's {@code Accept} header. Codecs run {@link #beforeSerialize} on the input and
 * {@link #afterSerialize} on the laid-out request. Stateless.
 */
public final class ServiceRequestHandlers {
  private static final Set<String> GLACIER_UPLOADS = Set.of("UploadArchive", "UploadMultipartPart");

  private ServiceRequestHandlers() {}

  /** The input with service-specific defaults filled in; never changed in place. */
  public static ObjectNode beforeSerialize(ServiceModel service, Operation operation, ObjectNode input) {
    if (isGlacier(service) && input != null) {
      JsonNode id = input.get("accountId");
      boolean hasMember = operation.inputShape().map(s -> service.shape(s).member("accountId").isPresent()).orElse(false);
      // botocore fills only an absent id; an empty one could never be sent, so it means "-" too.
      if (hasMember && (id == null || id.isNull() || id.asText().isEmpty())) {
        ObjectNode out = input.deepCopy();
        out.put("accountId", "-");
        return out;
      }
    }
    return input;
  }

  /** The request with service-specific headers added. */
  public static WireRequest afterSerialize(ServiceModel service, Operation operation, WireRequest request) {
    if (isGlacier(service)) {
      WireRequest.Builder b = request.toBuilder();
      b.header("x-amz-glacier-version", service.metadata().apiVersion());
      if (GLACIER_UPLOADS.contains(operation.name()) && request.hasBody()) {
        byte[] body = request.body();
        if (!b.hasHeader("x-amz-content-sha256")) {
          b.header("x-amz-content-sha256", GlacierTreeHash.linearHash(body));
        }
        if (!b.hasHeader("x-amz-sha256-tree-hash")) {
          b.header("x-amz-sha256-tree-hash", GlacierTreeHash.treeHash(body));
        }
      }
      return b.build();
    }
    if (service.metadata().serviceId().equals("API Gateway") && !request.headers().containsKey("Accept")) {
      return request.toBuilder().header("Accept", "application/json").build();
    }
    return request;
  }

  private static boolean isGlacier(ServiceModel service) {
    return service.metadata().serviceId().equals("Glacier");
  }
}
