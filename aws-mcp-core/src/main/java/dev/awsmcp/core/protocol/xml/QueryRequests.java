package dev.awsmcp.core.protocol.xml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.HostPrefix;
import dev.awsmcp.core.protocol.IdempotencyTokens;
import dev.awsmcp.core.protocol.PercentEncoding;
import dev.awsmcp.core.protocol.RequestChecksums;
import dev.awsmcp.core.protocol.RequestCompression;
import dev.awsmcp.core.protocol.ServiceRequestHandlers;
import dev.awsmcp.core.protocol.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request of the query protocols: {@code POST /} with a form body
 * {@code Action=<Op>&Version=<apiVersion>&...}, shared by awsQuery and ec2Query; idempotency
 * tokens, host prefix, compression and checksums as for every protocol.
 */
final class QueryRequests {
  static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private QueryRequests() {}

  static WireRequest build(ServiceModel service, Operation operation, ObjectNode input, boolean ec2) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", operation.name());
    params.put("Version", service.metadata().apiVersion());
    ObjectNode value = BotocoreInputHandlers.apply(service, operation, ServiceRequestHandlers.beforeSerialize(
        service, operation, input == null ? JsonNodeFactory.instance.objectNode() : input));
    if (operation.inputShape().isPresent()) {
      Shape shape = service.shape(operation.inputShape().get());
      value = IdempotencyTokens.fill(shape, value);
      params.putAll(QueryParamWriter.write(shape, value, ec2));
    }
    byte[] body = form(params).getBytes(StandardCharsets.UTF_8);
    WireRequest.Builder request = WireRequest.builder("POST", "/")
        .header("Content-Type", CONTENT_TYPE)
        .body(body)
        .hostPrefix(HostPrefix.expand(operation, value));
    body = RequestCompression.apply(operation, request, body);
    RequestChecksums.apply(operation, value, request, body);
    return ServiceRequestHandlers.afterSerialize(service, operation, request.build());
  }

  /** The form encoding of the parameters, RFC 3986 style ({@code %20} for a space). */
  static String form(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(PercentEncoding.encode(k)).append('=').append(PercentEncoding.encode(v));
    });
    return sb.toString();
  }
}
