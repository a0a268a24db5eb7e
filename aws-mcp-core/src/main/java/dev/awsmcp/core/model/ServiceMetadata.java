package dev.awsmcp.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The service-wide facts of a model, in botocore's terms.
 *
 * @param apiVersion for example {@code 2016-11-15}
 * @param protocol the protocol this engine speaks to the service ({@code json}, {@code rest-json},
 *     {@code rest-xml}, {@code query}, {@code ec2})
 * @param protocols every protocol the service offers, preferred first
 * @param jsonVersion {@code 1.0} or {@code 1.1} for awsJson protocols
 * @param targetPrefix the {@code X-Amz-Target} prefix of awsJson protocols
 * @param endpointPrefix the endpoint prefix, for example {@code ec2}
 * @param signingName the SigV4 signing name
 * @param serviceId the SDK id, for example {@code DynamoDB}
 * @param serviceFullName for example {@code Amazon DynamoDB}
 * @param xmlNamespace the XML namespace of query and rest-xml services
 * @param globalEndpoint the global endpoint host of old global services, if any
 * @param awsQueryCompatible whether a JSON service keeps awsQuery error codes
 * @param signatureVersion for example {@code v4}
 * @param auth the auth schemes the service accepts, preferred first
 * @param uid for example {@code ec2-2016-11-15}
 */
public record ServiceMetadata(
    String apiVersion,
    String protocol,
    List<String> protocols,
    Optional<String> jsonVersion,
    Optional<String> targetPrefix,
    String endpointPrefix,
    String signingName,
    String serviceId,
    String serviceFullName,
    Optional<String> xmlNamespace,
    Optional<String> globalEndpoint,
    boolean awsQueryCompatible,
    String signatureVersion,
    List<String> auth,
    Optional<String> uid) {

  public ServiceMetadata {
    protocols = List.copyOf(protocols);
    auth = List.copyOf(auth);
  }
}
