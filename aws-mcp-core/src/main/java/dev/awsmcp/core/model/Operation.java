package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API operation: its HTTP binding, input and output shapes, errors, and the traits that
 * change how it is called. Documentation is in {@link ServiceModel#documentation()}.
 *
 * @param name the API name, for example {@code DescribeInstances}
 * @param httpMethod {@code POST}, {@code GET}, ...
 * @param requestUri the URI template, for example {@code /{Bucket}/{Key+}}
 * @param responseCode the success HTTP status, if the model gives one
 * @param hostPrefix the endpoint host prefix template, if any
 * @param inputShape the input shape name, if the operation takes input
 * @param outputShape the output shape name, if the operation returns output
 * @param errors the error shape names
 * @param deprecated whether the operation is deprecated
 * @param authTypes {@code auth} or {@code authtype} values ({@code none} means unsigned)
 * @param httpChecksumRequired whether a request checksum must be sent
 * @param httpChecksum the {@code httpChecksum} trait, or null
 * @param staticContextParams endpoint parameters fixed by the operation
 * @param readOnly the Smithy {@code @readonly} trait when the source says, else empty
 * @param endpointDiscoveryRequired whether the operation requires endpoint discovery
 * @param inputXmlName the XML root element name of a rest-xml input payload, if set
 * @param inputXmlNamespace the XML namespace of that root element, if set
 * @param resultWrapper the awsQuery element that wraps the output, if any
 * @param requestCompression the encodings the operation accepts request bodies in
 *     ({@code requestcompression} / {@code @requestCompression}), for example {@code gzip}
 * @param operationContextParams endpoint parameters computed from the input: parameter name to
 *     a JMESPath expression over the input ({@code operationContextParams})
 */
public record Operation(
    String name,
    String httpMethod,
    String requestUri,
    Optional<Integer> responseCode,
    Optional<String> hostPrefix,
    Optional<String> inputShape,
    Optional<String> outputShape,
    List<String> errors,
    boolean deprecated,
    List<String> authTypes,
    boolean httpChecksumRequired,
    JsonNode httpChecksum,
    Map<String, JsonNode> staticContextParams,
    Optional<Boolean> readOnly,
    boolean endpointDiscoveryRequired,
    Optional<String> inputXmlName,
    Optional<String> inputXmlNamespace,
    Optional<String> resultWrapper,
    List<String> requestCompression,
    Map<String, String> operationContextParams) {

  public Operation {
    errors = List.copyOf(errors);
    authTypes = List.copyOf(authTypes);
    staticContextParams = Map.copyOf(staticContextParams);
    requestCompression = List.copyOf(requestCompression);
    operationContextParams = Map.copyOf(operationContextParams);
  }

  /**
   * This operation addressed differently: the request URI and host prefix left once the endpoint
   * rules have placed some labels themselves (S3's bucket, S3 Control's account id).
   */
  public Operation withAddress(String newRequestUri, Optional<String> newHostPrefix) {
    return new Operation(name, httpMethod, newRequestUri, responseCode, newHostPrefix, inputShape, outputShape,
        errors, deprecated, authTypes, httpChecksumRequired, httpChecksum, staticContextParams, readOnly,
        endpointDiscoveryRequired, inputXmlName, inputXmlNamespace, resultWrapper, requestCompression,
        operationContextParams);
  }
}
