package dev.awsmcp.core.protocol.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.IdlModels;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small awsJson test services: a plain one and an awsQueryCompatible one. */
final class JsonCodecTestModel {
  static final ObjectMapper JSON = new ObjectMapper();

  private static final String SHAPES = """
      operation Put {
        input := {
          @idempotencyToken ClientToken: String
          When: Timestamp
          @timestampFormat("date-time") WhenIso: Timestamp
          Ratio: Double
          Data: Blob
          Doc: Document
          Tags: TagMap
        }
        output := { When: Timestamp, Ratio: Double, Data: Blob, Tags: TagMap }
        errors: [NoSuchThing]
      }
      map TagMap { key: String, value: String }
      @error("client")
      @awsQueryError(code: "AWS.Legacy.NoSuchThing", httpResponseCode: 404)
      structure NoSuchThing { message: String, Thing: String, When: Timestamp }
      """;

  static final ServiceModel PLAIN = IdlModels.service("""
      $version: "2"
      namespace test.json
      use aws.protocols#awsJson1_1
      use aws.protocols#awsQueryError
      @awsJson1_1
      service Things { version: "1", operations: [Put] }
      """ + SHAPES, "test.json#Things");

  static final ServiceModel QUERY_COMPATIBLE = IdlModels.service("""
      $version: "2"
      namespace test.jsonq
      use aws.protocols#awsJson1_0
      use aws.protocols#awsQueryCompatible
      use aws.protocols#awsQueryError
      @awsJson1_0
      @awsQueryCompatible
      service LegacyThings { version: "1", operations: [Put] }
      """ + SHAPES, "test.jsonq#LegacyThings");

  private JsonCodecTestModel() {}

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
