package dev.awsmcp.core.model;

/** The Smithy trait ids the Smithy loader reads, in one place so a typo cannot hide. */
final class SmithyTraits {
  private SmithyTraits() {}

  // Service identity and protocols.
  static final String AWS_SERVICE = "aws.api#service";
  static final String TITLE = "smithy.api#title";
  static final String SIGV4 = "aws.auth#sigv4";
  static final String SIGV4A = "aws.auth#sigv4a";
  static final String AUTH = "smithy.api#auth";
  static final String AUTH_DEFINITION = "smithy.api#authDefinition";
  static final String OPTIONAL_AUTH = "smithy.api#optionalAuth";
  static final String UNSIGNED_PAYLOAD = "aws.auth#unsignedPayload";
  static final String HTTP_BEARER_AUTH = "smithy.api#httpBearerAuth";
  static final String AWS_JSON_1_0 = "aws.protocols#awsJson1_0";
  static final String AWS_JSON_1_1 = "aws.protocols#awsJson1_1";
  static final String REST_JSON_1 = "aws.protocols#restJson1";
  static final String REST_XML = "aws.protocols#restXml";
  static final String AWS_QUERY = "aws.protocols#awsQuery";
  static final String EC2_QUERY = "aws.protocols#ec2Query";
  static final String RPC_V2_CBOR = "smithy.protocols#rpcv2Cbor";
  static final String AWS_QUERY_COMPATIBLE = "aws.protocols#awsQueryCompatible";

  // Endpoints.
  static final String ENDPOINT_RULE_SET = "smithy.rules#endpointRuleSet";
  static final String CLIENT_CONTEXT_PARAMS = "smithy.rules#clientContextParams";
  static final String STATIC_CONTEXT_PARAMS = "smithy.rules#staticContextParams";
  static final String CONTEXT_PARAM = "smithy.rules#contextParam";
  static final String OPERATION_CONTEXT_PARAMS = "smithy.rules#operationContextParams";
  static final String ENDPOINT = "smithy.api#endpoint";
  static final String HOST_LABEL = "smithy.api#hostLabel";
  static final String CLIENT_DISCOVERED_ENDPOINT = "aws.api#clientDiscoveredEndpoint";

  // Operations.
  static final String HTTP = "smithy.api#http";
  static final String READONLY = "smithy.api#readonly";
  static final String PAGINATED = "smithy.api#paginated";
  static final String WAITABLE = "smithy.waiters#waitable";
  static final String HTTP_CHECKSUM_REQUIRED = "smithy.api#httpChecksumRequired";
  static final String HTTP_CHECKSUM = "aws.protocols#httpChecksum";
  static final String REQUEST_COMPRESSION = "smithy.api#requestCompression";

  // Members: HTTP bindings.
  static final String HTTP_LABEL = "smithy.api#httpLabel";
  static final String HTTP_QUERY = "smithy.api#httpQuery";
  static final String HTTP_QUERY_PARAMS = "smithy.api#httpQueryParams";
  static final String HTTP_HEADER = "smithy.api#httpHeader";
  static final String HTTP_PREFIX_HEADERS = "smithy.api#httpPrefixHeaders";
  static final String HTTP_PAYLOAD = "smithy.api#httpPayload";
  static final String HTTP_RESPONSE_CODE = "smithy.api#httpResponseCode";
  static final String EVENT_PAYLOAD = "smithy.api#eventPayload";

  // Serialization.
  static final String JSON_NAME = "smithy.api#jsonName";
  static final String XML_NAME = "smithy.api#xmlName";
  static final String XML_ATTRIBUTE = "smithy.api#xmlAttribute";
  static final String XML_FLATTENED = "smithy.api#xmlFlattened";
  static final String XML_NAMESPACE = "smithy.api#xmlNamespace";
  static final String EC2_QUERY_NAME = "aws.protocols#ec2QueryName";
  static final String TIMESTAMP_FORMAT = "smithy.api#timestampFormat";
  static final String MEDIA_TYPE = "smithy.api#mediaType";

  // Constraints and documentation.
  static final String REQUIRED = "smithy.api#required";
  static final String IDEMPOTENCY_TOKEN = "smithy.api#idempotencyToken";
  static final String LENGTH = "smithy.api#length";
  static final String RANGE = "smithy.api#range";
  static final String PATTERN = "smithy.api#pattern";
  static final String ENUM = "smithy.api#enum";
  static final String ENUM_VALUE = "smithy.api#enumValue";
  static final String STREAMING = "smithy.api#streaming";
  static final String REQUIRES_LENGTH = "smithy.api#requiresLength";
  static final String SENSITIVE = "smithy.api#sensitive";
  static final String DEPRECATED = "smithy.api#deprecated";
  static final String DOCUMENTATION = "smithy.api#documentation";

  // Errors.
  static final String ERROR = "smithy.api#error";
  static final String HTTP_ERROR = "smithy.api#httpError";
  static final String AWS_QUERY_ERROR = "aws.protocols#awsQueryError";

  // Shapes that are not data: mixins and trait definitions are never targets of members.
  static final String MIXIN = "smithy.api#mixin";
  static final String TRAIT = "smithy.api#trait";
}
