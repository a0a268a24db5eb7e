package dev.awsmcp.core.protocol.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits.Location;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import dev.awsmcp.core.protocol.TimestampFormats;
import dev.awsmcp.core.protocol.TimestampFormats.Format;
import dev.awsmcp.core.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a REST response (restJson1, restXml) into an output or error structure: the status-code
 * member, header members, prefix-header maps, and the payload member or the body of unbound
 * members (read by the protocol's {@link RestBodyCodec}). Like botocore, a prefix-header map is
 * always present (empty when no header matched); a blob payload is left out: to botocore it is
 * always streaming output, which the executor writes to a file. Stateless and thread-safe.
 */
public final class HttpBindingResponseReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HttpBindingResponseReader() {}

  /** The structure's members found in the response, in the engine's value convention. */
  public static ObjectNode read(ServiceModel service, Shape structure, WireResponse response, RestBodyCodec body) {
    ObjectNode out = NODES.objectNode();
    for (Member m : structure.members().values()) {
      Location location = m.traits().location();
      if (location == Location.STATUS_CODE) {
        out.put(m.name(), response.status());
      } else if (location == Location.HEADER) {
        response.header(m.traits().locationName().orElse(m.name()))
            .ifPresent(text -> out.set(m.name(), header(m, text)));
      } else if (location == Location.HEADERS) {
        out.set(m.name(), prefixHeaders(m, response));
      }
    }
    if (structure.payload().isPresent()) {
      structure.member(structure.payload().get()).ifPresent(payload -> {
        JsonNode v = payload(service, payload, response.body(), body);
        if (v != null) {
          out.set(payload.name(), v);
        }
      });
    } else if (!HttpBindings.responseBodyMembers(structure).isEmpty()) {
      out.setAll(body.readBody(service, structure, response.body()));
    }
    return out;
  }

  private static JsonNode header(Member m, String text) {
    Shape target = m.target();
    if (target.type() != ShapeType.LIST) {
      return HttpScalars.fromText(m, target, text, Format.HTTP_DATE);
    }
    Member item = target.listMember();
    boolean httpDates = item.target().type() == ShapeType.TIMESTAMP
        && TimestampFormats.resolve(item, Format.HTTP_DATE) == Format.HTTP_DATE;
    List<String> parts = httpDates ? HeaderLists.splitHttpDates(text) : HeaderLists.split(text);
    ArrayNode list = NODES.arrayNode();
    parts.forEach(p -> list.add(HttpScalars.fromText(item, item.target(), p, Format.HTTP_DATE)));
    return list;
  }

  private static ObjectNode prefixHeaders(Member m, WireResponse response) {
    String prefix = m.traits().locationName().orElse("").toLowerCase(Locale.ROOT);
    Member value = m.target().mapValue();
    ObjectNode map = NODES.objectNode();
    for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
      if (h.getKey().toLowerCase(Locale.ROOT).startsWith(prefix) && !h.getValue().isEmpty()) {
        map.set(h.getKey().substring(prefix.length()),
            HttpScalars.fromText(value, value.target(), String.join(", ", h.getValue()), Format.HTTP_DATE));
      }
    }
    return map;
  }

  private static JsonNode payload(ServiceModel service, Member payload, byte[] bytes, RestBodyCodec body) {
    Shape target = payload.target();
    if (target.type() == ShapeType.BLOB) {
      // botocore's has_streaming_output: every blob payload is a stream, which the executor
      // writes to a file (or puts inline itself), streaming trait or not.
      return null;
    }
    if (target.type() == ShapeType.STRING) {
      return bytes.length == 0 ? null : NODES.textNode(new String(bytes, StandardCharsets.UTF_8));
    }
    return body.readPayload(service, payload, bytes);
  }
}
