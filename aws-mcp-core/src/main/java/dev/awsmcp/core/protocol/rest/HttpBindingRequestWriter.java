package dev.awsmcp.core.protocol.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits.Location;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import dev.awsmcp.core.protocol.HostPrefix;
import dev.awsmcp.core.protocol.IdempotencyTokens;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.RequestChecksums;
import dev.awsmcp.core.protocol.RequestCompression;
import dev.awsmcp.core.protocol.TimestampFormats.Format;
import dev.awsmcp.core.protocol.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Lays out a REST request (restJson1, restXml) from the operation's HTTP bindings: URI labels,
 * query parameters, headers and prefix headers, the payload member or the body of unbound
 * members (written by the protocol's {@link RestBodyCodec}), the host prefix, idempotency
 * tokens, request compression and request checksums. Stateless and thread-safe.
 */
public final class HttpBindingRequestWriter {
  private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();

  private HttpBindingRequestWriter() {}

  /** The request for one call; {@code input} is in the engine's value convention. */
  public static WireRequest write(ServiceModel service, Operation operation, ObjectNode input, RestBodyCodec body) {
    Shape shape = operation.inputShape().map(service::shape).orElse(null);
    ObjectNode values = shape == null ? EMPTY : IdempotencyTokens.fill(shape, input == null ? EMPTY : input);
    String uri = operation.requestUri();
    String path = RequestUri.expandPath(uri, label -> labelText(shape, values, label));
    WireRequest.Builder request = WireRequest.builder(operation.httpMethod(), path);
    RequestUri.addLiteralQuery(uri, request);
    byte[] bytes = null;
    if (shape != null) {
      addQuery(shape, values, request);
      addHeaders(shape, values, request);
      bytes = addBody(service, operation, shape, values, body, request);
    }
    request.hostPrefix(HostPrefix.expand(operation, values));
    if (!streamingPayload(shape)) {
      bytes = RequestCompression.apply(operation, request, bytes);
    }
    RequestChecksums.apply(operation, values, request, bytes);
    return request.build();
  }

  private static boolean streamingPayload(Shape shape) {
    return shape != null && shape.payload().flatMap(shape::member).map(m -> m.target().isStreaming()).orElse(false);
  }

  private static String labelText(Shape shape, ObjectNode values, String label) {
    if (shape == null) {
      return null;
    }
    for (Member m : shape.members().values()) {
      if (m.traits().location() == Location.URI && m.traits().locationName().orElse(m.name()).equals(label)) {
        JsonNode v = values.get(m.name());
        return v == null || v.isNull() ? null : HttpScalars.toText(m, m.target(), v, Format.DATE_TIME);
      }
    }
    return null;
  }

  // Explicit query members first, so that a querystring map cannot override them.
  private static void addQuery(Shape shape, ObjectNode values, WireRequest.Builder request) {
    List<Member> maps = new ArrayList<>();
    for (Member m : shape.members().values()) {
      JsonNode v = values.get(m.name());
      if (m.traits().location() != Location.QUERY || v == null || v.isNull()) {
        continue;
      }
      Shape target = m.target();
      if (target.type() == ShapeType.MAP) {
        maps.add(m);
      } else if (target.type() == ShapeType.LIST) {
        String key = m.traits().locationName().orElse(m.name());
        Member item = target.listMember();
        for (JsonNode e : v) {
          request.addQuery(key, HttpScalars.toText(item, item.target(), e, Format.DATE_TIME));
        }
      } else {
        request.addQuery(m.traits().locationName().orElse(m.name()),
            HttpScalars.toText(m, target, v, Format.DATE_TIME));
      }
    }
    for (Member m : maps) {
      Member value = m.target().mapValue();
      for (Map.Entry<String, JsonNode> e : iterable(values.get(m.name()))) {
        if (request.hasQuery(e.getKey()) || e.getValue().isNull()) {
          continue;
        }
        if (value.target().type() == ShapeType.LIST) {
          Member item = value.target().listMember();
          for (JsonNode x : e.getValue()) {
            request.addQuery(e.getKey(), HttpScalars.toText(item, item.target(), x, Format.DATE_TIME));
          }
        } else {
          request.addQuery(e.getKey(), HttpScalars.toText(value, value.target(), e.getValue(), Format.DATE_TIME));
        }
      }
    }
  }

  private static void addHeaders(Shape shape, ObjectNode values, WireRequest.Builder request) {
    for (Member m : shape.members().values()) {
      JsonNode v = values.get(m.name());
      if (v == null || v.isNull()) {
        continue;
      }
      if (m.traits().location() == Location.HEADER) {
        String name = m.traits().locationName().orElse(m.name());
        Shape target = m.target();
        if (target.type() == ShapeType.LIST) {
          Member item = target.listMember();
          List<String> texts = new ArrayList<>();
          v.forEach(e -> texts.add(HttpScalars.toHeaderText(item, item.target(), e)));
          boolean httpDates = item.target().type() == ShapeType.TIMESTAMP;
          // An empty list is an empty header, not an absent one (a null list is absent).
          request.header(name, HeaderLists.join(texts, !httpDates));
        } else {
          request.header(name, HttpScalars.toHeaderText(m, target, v));
        }
      } else if (m.traits().location() == Location.HEADERS) {
        String prefix = m.traits().locationName().orElse("");
        Member value = m.target().mapValue();
        for (Map.Entry<String, JsonNode> e : iterable(v)) {
          if (!e.getValue().isNull()) {
            request.header(prefix + e.getKey(), HttpScalars.toHeaderText(value, value.target(), e.getValue()));
          }
        }
      }
    }
  }

  private static byte[] addBody(ServiceModel service, Operation operation, Shape shape, ObjectNode values,
      RestBodyCodec body, WireRequest.Builder request) {
    byte[] bytes;
    String contentType;
    if (shape.payload().isPresent()) {
      Member payload = shape.member(shape.payload().get())
          .orElseThrow(() -> new ProtocolException(shape.name() + " has no payload member " + shape.payload().get()));
      JsonNode v = values.get(payload.name());
      if (v != null && v.isNull()) {
        v = null;
      }
      Shape target = payload.target();
      if (target.type() == ShapeType.BLOB) {
        bytes = v == null ? null : decodeBase64(payload, v);
        contentType = target.mediaType().orElse("application/octet-stream");
      } else if (target.type() == ShapeType.STRING) {
        bytes = v == null ? null : v.asText().getBytes(StandardCharsets.UTF_8);
        contentType = target.mediaType().orElse("text/plain");
      } else {
        bytes = body.writePayload(service, operation, payload, v);
        contentType = body.contentType();
      }
    } else {
      bytes = body.writeBody(service, operation, shape, HttpBindings.bodyValues(shape, values));
      contentType = body.contentType();
    }
    if (bytes != null) {
      request.body(bytes);
      if (!request.hasHeader("Content-Type")) {
        request.header("Content-Type", contentType);
      }
    }
    return bytes;
  }

  private static byte[] decodeBase64(Member member, JsonNode v) {
    try {
      return Base64.getDecoder().decode(v.asText());
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(member.name() + " is not base64", e);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode map) {
    if (map == null || !map.isObject()) {
      return List.of();
    }
    return map.properties();
  }
}
