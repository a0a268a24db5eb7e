package dev.awsmcp.core.protocol.xml;

import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;

/**
 * Takes the bucket out of S3 request paths, as botocore's
 * {@code remove_bucket_from_url_paths_from_model} does: the S3 endpoint rule set already puts
 * the bucket into the endpoint (its host when virtual-hosted, its path when path-style), so a
 * path of {@code /{Bucket}/{Key+}} would name the bucket twice. {@code /{Bucket}?acl} becomes
 * {@code /?acl} and {@code /{Bucket}} becomes {@code /}.
 */
final class S3BucketPaths {
  private static final String BUCKET = "/{Bucket}";

  private S3BucketPaths() {}

  /** The operation to lay out: S3's with the bucket label removed from its URI, others as they are. */
  static Operation forRequest(ServiceModel service, Operation operation) {
    String uri = operation.requestUri();
    if (!S3Responses.isS3(service) || !uri.startsWith(BUCKET)) {
      return operation;
    }
    String rest = uri.substring(BUCKET.length());
    if (!rest.isEmpty() && rest.charAt(0) != '/' && rest.charAt(0) != '?') {
      return operation; // a label that only starts like {Bucket}, such as /{BucketName}
    }
    String path = rest.startsWith("/") ? rest : "/" + rest;
    return new Operation(operation.name(), operation.httpMethod(), path, operation.responseCode(),
        operation.hostPrefix(), operation.inputShape(), operation.outputShape(), operation.errors(),
        operation.deprecated(), operation.authTypes(), operation.httpChecksumRequired(), operation.httpChecksum(),
        operation.staticContextParams(), operation.readOnly(), operation.endpointDiscoveryRequired(),
        operation.inputXmlName(), operation.inputXmlNamespace(), operation.resultWrapper(),
        operation.requestCompression());
  }
}
