package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns botocore's {@code service-2.json} (and paginators) into the internal model. */
final class BotocoreModelReader {
  private BotocoreModelReader() {}

  static ServiceModel read(
      String serviceName,
      JsonNode service,
      JsonNode paginators,
      Supplier<Optional<JsonNode>> ruleSet,
      Supplier<Optional<JsonNode>> waiters,
      String source) {
    JsonNode meta = service.path("metadata");
    ShapeTable shapes = new ShapeTable();
    for (Iterator<Map.Entry<String, JsonNode>> it = service.path("shapes").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      shapes.put(readShape(e.getKey(), e.getValue(), shapes));
    }
    Map<String, Operation> operations = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = service.path("operations").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      operations.put(e.getKey(), readOperation(e.getKey(), e.getValue()));
    }
    Map<String, JsonNode> clientContextParams = new LinkedHashMap<>();
    service.path("clientContextParams").fields().forEachRemaining(e -> clientContextParams.put(e.getKey(), e.getValue()));
    return new ServiceModel(
        serviceName,
        readMetadata(serviceName, meta),
        operations,
        shapes,
        readPaginators(paginators),
        ruleSet,
        waiters,
        clientContextParams,
        Optional.ofNullable(Json.text(service, "documentation")),
        source);
  }

  static ServiceMetadata readMetadata(String serviceName, JsonNode meta) {
    List<String> protocols = strings(meta.get("protocols"));
    String protocol = Json.text(meta, "protocol");
    if (protocols.isEmpty() && protocol != null) {
      protocols = List.of(protocol);
    }
    String endpointPrefix = orElse(Json.text(meta, "endpointPrefix"), serviceName);
    return new ServiceMetadata(
        orElse(Json.text(meta, "apiVersion"), ""),
        chooseProtocol(protocol, protocols),
        protocols,
        Optional.ofNullable(Json.text(meta, "jsonVersion")),
        Optional.ofNullable(Json.text(meta, "targetPrefix")),
        endpointPrefix,
        orElse(Json.text(meta, "signingName"), endpointPrefix),
        orElse(Json.text(meta, "serviceId"), serviceName),
        orElse(Json.text(meta, "serviceFullName"), serviceName),
        Optional.ofNullable(Json.text(meta, "xmlNamespace")),
        Optional.ofNullable(Json.text(meta, "globalEndpoint")),
        meta.has("awsQueryCompatible"),
        orElse(Json.text(meta, "signatureVersion"), "v4"),
        strings(meta.get("auth")),
        Optional.ofNullable(Json.text(meta, "uid")));
  }

  // A service that also offers rpcv2Cbor also offers JSON; this engine speaks the JSON family.
  private static String chooseProtocol(String protocol, List<String> protocols) {
    for (String p : protocols) {
      if (!p.equals("smithy-rpc-v2-cbor")) {
        return p;
      }
    }
    return protocol == null ? "json" : protocol;
  }

  private static Operation readOperation(String name, JsonNode op) {
    JsonNode http = op.path("http");
    JsonNode input = op.path("input");
    JsonNode output = op.path("output");
    List<String> errors = new ArrayList<>();
    op.path("errors").forEach(e -> errors.add(e.path("shape").asText()));
    List<String> auth = strings(op.get("auth"));
    if (auth.isEmpty() && op.has("authtype")) {
      auth = List.of(op.get("authtype").asText());
    }
    Map<String, JsonNode> staticContextParams = new LinkedHashMap<>();
    op.path("staticContextParams").fields().forEachRemaining(e -> staticContextParams.put(e.getKey(), e.getValue().path("value")));
    JsonNode xmlNs = input.path("xmlNamespace");
    return new Operation(
        name,
        orElse(Json.text(http, "method"), "POST"),
        orElse(Json.text(http, "requestUri"), "/"),
        http.has("responseCode") ? Optional.of(http.get("responseCode").asInt()) : Optional.empty(),
        Optional.ofNullable(Json.text(op.path("endpoint"), "hostPrefix")),
        Optional.ofNullable(Json.text(input, "shape")),
        Optional.ofNullable(Json.text(output, "shape")),
        errors,
        Optional.ofNullable(Json.text(op, "documentation")),
        Json.flag(op, "deprecated"),
        auth,
        Json.flag(op, "httpChecksumRequired"),
        op.get("httpChecksum"),
        staticContextParams,
        Optional.empty(),
        op.path("endpointdiscovery").path("required").asBoolean(false),
        Optional.ofNullable(Json.text(input, "locationName")),
        Optional.ofNullable(xmlNs.isObject() ? Json.text(xmlNs, "uri") : null),
        Optional.ofNullable(Json.text(output, "resultWrapper")));
  }

  private static Shape readShape(String name, JsonNode s, ShapeTable shapes) {
    Shape.Builder b = Shape.builder(name, ShapeType.fromBotocore(s.path("type").asText("structure")));
    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("members").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      b.member(readMember(e.getKey(), e.getValue(), shapes));
    }
    s.path("required").forEach(r -> b.required(r.asText()));
    if (s.has("member")) {
      b.listMember(readMember("member", s.get("member"), shapes));
    }
    if (s.has("key")) {
      b.mapKey(readMember("key", s.get("key"), shapes));
    }
    if (s.has("value")) {
      b.mapValue(readMember("value", s.get("value"), shapes));
    }
    if (s.has("enum")) {
      b.enumValues(strings(s.get("enum")));
    }
    if (s.has("min")) {
      b.min(s.get("min").asDouble());
    }
    if (s.has("max")) {
      b.max(s.get("max").asDouble());
    }
    JsonNode xmlNs = s.path("xmlNamespace");
    if (xmlNs.isObject()) {
      b.xmlNamespace(Json.text(xmlNs, "uri"), Json.text(xmlNs, "prefix"));
    }
    JsonNode error = s.path("error");
    if (error.isObject()) {
      b.error(
          Json.text(error, "code"),
          error.has("httpStatusCode") ? error.get("httpStatusCode").asInt() : null,
          error.path("senderFault").asBoolean(false));
    }
    return b.pattern(Json.text(s, "pattern"))
        .timestampFormat(Json.text(s, "timestampFormat"))
        .flattened(Json.flag(s, "flattened"))
        .union(Json.flag(s, "union"))
        .document(Json.flag(s, "document"))
        .streaming(Json.flag(s, "streaming"))
        .requiresLength(Json.flag(s, "requiresLength"))
        .eventStream(Json.flag(s, "eventstream"))
        .event(Json.flag(s, "event"))
        .exception(Json.flag(s, "exception"))
        .sensitive(Json.flag(s, "sensitive"))
        .payload(Json.text(s, "payload"))
        .xmlName(Json.text(s, "locationName"))
        .awsQueryError(error.isObject() && error.has("code"))
        .documentation(Json.text(s, "documentation"))
        .build();
  }

  private static Member readMember(String name, JsonNode m, ShapeTable shapes) {
    MemberTraits.Builder t = MemberTraits.builder()
        .location(MemberTraits.Location.fromBotocore(Json.text(m, "location")))
        .locationName(Json.text(m, "locationName"))
        .queryName(Json.text(m, "queryName"))
        .xmlAttribute(Json.flag(m, "xmlAttribute"))
        .flattened(Json.flag(m, "flattened"))
        .idempotencyToken(Json.flag(m, "idempotencyToken"))
        .jsonValue(Json.flag(m, "jsonvalue"))
        .hostLabel(Json.flag(m, "hostLabel"))
        .streaming(Json.flag(m, "streaming"))
        .eventPayload(Json.flag(m, "eventpayload"))
        .deprecated(Json.flag(m, "deprecated"))
        .timestampFormat(Json.text(m, "timestampFormat"))
        .documentation(Json.text(m, "documentation"))
        .contextParam(Json.text(m.path("contextParam"), "name"));
    JsonNode xmlNs = m.path("xmlNamespace");
    if (xmlNs.isObject()) {
      t.xmlNamespace(Json.text(xmlNs, "uri"), Json.text(xmlNs, "prefix"));
    }
    return new Member(name, m.path("shape").asText(), shapes, t.build());
  }

  private static Map<String, Paginator> readPaginators(JsonNode doc) {
    Map<String, Paginator> out = new LinkedHashMap<>();
    if (doc == null) {
      return out;
    }
    doc.path("pagination").fields().forEachRemaining(e -> {
      JsonNode p = e.getValue();
      out.put(e.getKey(), new Paginator(
          strings(p.get("input_token")),
          strings(p.get("output_token")),
          Optional.ofNullable(Json.text(p, "limit_key")),
          Optional.ofNullable(Json.text(p, "more_results")),
          strings(p.get("result_key")),
          strings(p.get("non_aggregate_keys"))));
    });
    return out;
  }

  static List<String> strings(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return List.of();
    }
    if (node.isArray()) {
      List<String> out = new ArrayList<>(node.size());
      node.forEach(n -> out.add(n.asText()));
      return out;
    }
    return List.of(node.asText());
  }

  private static String orElse(String v, String fallback) {
    return v == null ? fallback : v;
  }
}
