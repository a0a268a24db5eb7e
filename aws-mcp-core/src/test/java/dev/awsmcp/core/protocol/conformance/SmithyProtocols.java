package dev.awsmcp.core.protocol.conformance;

import java.util.Map;
import java.util.Optional;
import software.amazon.smithy.model.shapes.ShapeId;

/** Smithy protocol trait ids and botocore's names for them. */
final class SmithyProtocols {
  private static final Map<String, String> BOTOCORE = Map.of(
      "aws.protocols#awsJson1_0", "json",
      "aws.protocols#awsJson1_1", "json",
      "aws.protocols#restJson1", "rest-json",
      "aws.protocols#restXml", "rest-xml",
      "aws.protocols#awsQuery", "query",
      "aws.protocols#ec2Query", "ec2");

  private SmithyProtocols() {}

  /** The botocore protocol id, or empty for a protocol botocore does not speak (rpcv2Cbor). */
  static Optional<String> botocoreId(ShapeId protocol) {
    return Optional.ofNullable(BOTOCORE.get(protocol.toString()));
  }
}
