package dev.awsmcp.core.protocol.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.protocol.IdlModels;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A restJson1 test service exercising each HTTP binding, and a plain JSON body codec for it. */
final class HttpBindingTestModel {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String IDL = """
      $version: "2"
      namespace test.bindings

      use aws.protocols#restJson1
      use aws.protocols#httpChecksum

      @restJson1
      service Bindings {
        version: "2024-01-01"
        operations: [PutThing, GetThing, Upload, Legacy]
      }

      @http(method: "PUT", uri: "/things/{Bucket}/{Key+}?tagging&mode=fast")
      @endpoint(hostPrefix: "{Account}.data-")
      operation PutThing {
        input := {
          @required @httpLabel Bucket: String
          @required @httpLabel Key: String
          @required @hostLabel Account: String
          @httpQuery("ids") Ids: StringList
          @httpQuery("since") Since: Timestamp
          @httpQuery("mode") Mode: String
          @httpQueryParams Extra: StringMap
          @httpHeader("X-Date") Date: Timestamp
          @httpHeader("X-Epoch") @timestampFormat("epoch-seconds") Epoch: Timestamp
          @httpHeader("X-List") Names: StringList
          @httpHeader("X-Flag") Flag: Boolean
          @httpHeader("X-Json") Json: JsonString
          @httpPrefixHeaders("x-meta-") Meta: StringMap
          @idempotencyToken Token: String
          Body: String
        }
      }

      @readonly
      @http(method: "GET", uri: "/things/{Id}", code: 200)
      operation GetThing {
        input := { @required @httpLabel Id: String }
        output := {
          @httpResponseCode Status: Integer
          @httpHeader("X-Count") Count: Integer
          @httpHeader("X-Dates") Dates: TimestampList
          @httpHeader("X-List") Names: StringList
          @httpHeader("Last-Modified") Modified: Timestamp
          @httpPrefixHeaders("x-meta-") Meta: StringMap
          @httpPayload Data: Blob
        }
      }

      @httpChecksum(requestAlgorithmMember: "Algorithm", requestChecksumRequired: true)
      @http(method: "POST", uri: "/upload")
      operation Upload {
        input := {
          @httpHeader("x-amz-sdk-checksum-algorithm") Algorithm: Algorithm
          @httpPayload Data: Blob
        }
      }

      @httpChecksumRequired
      @http(method: "POST", uri: "/legacy")
      operation Legacy {
        input := { @httpPayload Text: String }
      }

      enum Algorithm { CRC32, CRC32C, SHA1, SHA256 }
      list StringList { member: String }
      list TimestampList { member: Timestamp }
      map StringMap { key: String, value: String }
      @mediaType("application/json")
      string JsonString
      """;

  private static ServiceModel service;

  private HttpBindingTestModel() {}

  static synchronized ServiceModel service() {
    if (service == null) {
      service = IdlModels.service(IDL, "test.bindings#Bindings");
    }
    return service;
  }

  static Operation op(String name) {
    return service().operation(name).orElseThrow();
  }

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as plain Jackson JSON of the values: enough to see what the layer hands over. */
  static final RestBodyCodec PLAIN_JSON = new RestBodyCodec() {
    @Override public String contentType() { return "application/json"; }

    @Override
    public byte[] writeBody(ServiceModel s, Operation o, Shape input, ObjectNode unbound) {
      return unbound.isEmpty() ? null : unbound.toString().getBytes();
    }

    @Override
    public byte[] writePayload(ServiceModel s, Operation o, Member payload, JsonNode value) {
      return value == null ? null : value.toString().getBytes();
    }

    @Override
    public ObjectNode readBody(ServiceModel s, Shape structure, byte[] body) {
      return body.length == 0 ? JSON.createObjectNode() : json(new String(body));
    }

    @Override
    public JsonNode readPayload(ServiceModel s, Member payload, byte[] body) {
      return body.length == 0 ? null : json(new String(body));
    }
  };
}
