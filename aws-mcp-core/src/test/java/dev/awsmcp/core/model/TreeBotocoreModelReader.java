package dev.awsmcp.core.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The botocore reader as it was before the streaming rewrite: {@code ObjectMapper.readTree} of the
 * whole document, sdk-extras deep-merged into the tree, then a walk of the tree. Kept as the reference the streaming
 * {@link BotocoreModelReader} must match exactly ({@link BotocoreStreamingReaderTests}); its
 * documentation index is filled from the same tree, eagerly.
 */
final class TreeBotocoreModelReader {
  static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(256 << 20).build())
              .build())
      .build();

  private TreeBotocoreModelReader() {}

  /** Loads a service from a botocore version folder, as BotocoreModelSource did. */
  static ServiceModel load(String serviceName, Path dir) {
    JsonNode service = withExtras(readTree(find(dir, "service-2.json").orElseThrow()), dir);
    JsonNode paginators = find(dir, "paginators-1.json").map(TreeBotocoreModelReader::readTree).orElse(null);
    // botocore merges paginators-1.sdk-extras.json as well (S3's non-aggregate keys).
    ObjectNode paginatorExtras = find(dir, "paginators-1.sdk-extras.json").map(SdkExtras::read).orElse(null);
    if (paginators != null && paginatorExtras != null) {
      paginators = SdkExtras.merge(paginators, paginatorExtras);
    }
    return read(
        serviceName,
        service,
        paginators,
        () -> find(dir, "endpoint-rule-set-1.json").map(TreeBotocoreModelReader::readTree),
        () -> find(dir, "waiters-2.json").map(TreeBotocoreModelReader::readTree),
        "tree (" + dir + ")");
  }

  /** The document with service-2.sdk-extras.json merged in, as BotocoreModelSource did on the tree. */
  static JsonNode withExtras(JsonNode service, Path dir) {
    Optional<Path> extras = find(dir, "service-2.sdk-extras.json");
    if (extras.isPresent() && service instanceof ObjectNode && readTree(extras.get()).path("merge") instanceof ObjectNode merge) {
      deepMerge((ObjectNode) service, merge);
    }
    return service;
  }

  /** botocore's {@code utils.deep_merge}: objects merge key by key, anything else replaces. */
  private static void deepMerge(ObjectNode base, ObjectNode extra) {
    extra.fields().forEachRemaining(e -> {
      JsonNode current = base.get(e.getKey());
      if (current instanceof ObjectNode currentObject && e.getValue() instanceof ObjectNode extraObject) {
        deepMerge(currentObject, extraObject);
      } else {
        base.set(e.getKey(), e.getValue());
      }
    });
  }

  static Optional<Path> find(Path dir, String fileName) {
    Path plain = dir.resolve(fileName);
    if (Files.isRegularFile(plain)) {
      return Optional.of(plain);
    }
    Path gz = dir.resolve(fileName + ".gz");
    return Files.isRegularFile(gz) ? Optional.of(gz) : Optional.empty();
  }

  static JsonNode readTree(Path file) {
    try (InputStream in = Json.open(file)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
    ModelDocumentation documentation = documentation(service);
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
        () -> documentation,
        source);
  }

  static ServiceMetadata readMetadata(String serviceName, JsonNode meta) {
    List<String> protocols = strings(meta.get("protocols"));
    String protocol = text(meta, "protocol");
    if (protocols.isEmpty() && protocol != null) {
      protocols = List.of(protocol);
    }
    String endpointPrefix = orElse(text(meta, "endpointPrefix"), serviceName);
    return new ServiceMetadata(
        orElse(text(meta, "apiVersion"), ""),
        chooseProtocol(protocol, protocols),
        protocols,
        Optional.ofNullable(text(meta, "jsonVersion")),
        Optional.ofNullable(text(meta, "targetPrefix")),
        endpointPrefix,
        orElse(text(meta, "signingName"), endpointPrefix),
        orElse(text(meta, "serviceId"), serviceName),
        orElse(text(meta, "serviceFullName"), serviceName),
        Optional.ofNullable(text(meta, "xmlNamespace")),
        Optional.ofNullable(text(meta, "globalEndpoint")),
        meta.has("awsQueryCompatible"),
        orElse(text(meta, "signatureVersion"), "v4"),
        strings(meta.get("auth")),
        Optional.ofNullable(text(meta, "uid")));
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
        orElse(text(http, "method"), "POST"),
        orElse(text(http, "requestUri"), "/"),
        http.has("responseCode") ? Optional.of(http.get("responseCode").asInt()) : Optional.empty(),
        Optional.ofNullable(text(op.path("endpoint"), "hostPrefix")),
        Optional.ofNullable(text(input, "shape")),
        Optional.ofNullable(text(output, "shape")),
        errors,
        flag(op, "deprecated"),
        auth,
        flag(op, "httpChecksumRequired"),
        op.get("httpChecksum"),
        staticContextParams,
        Optional.empty(),
        op.path("endpointdiscovery").path("required").asBoolean(false),
        Optional.ofNullable(text(input, "locationName")),
        Optional.ofNullable(xmlNs.isObject() ? text(xmlNs, "uri") : null),
        Optional.ofNullable(text(output, "resultWrapper")),
        List.of(),
        Map.of());
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
      b.xmlNamespace(text(xmlNs, "uri"), text(xmlNs, "prefix"));
    }
    JsonNode error = s.path("error");
    if (error.isObject()) {
      b.error(
          text(error, "code"),
          error.has("httpStatusCode") ? error.get("httpStatusCode").asInt() : null,
          error.path("senderFault").asBoolean(false));
    }
    return b.pattern(text(s, "pattern"))
        .timestampFormat(text(s, "timestampFormat"))
        .flattened(flag(s, "flattened"))
        .union(flag(s, "union"))
        .document(flag(s, "document"))
        .streaming(flag(s, "streaming"))
        .requiresLength(flag(s, "requiresLength"))
        .eventStream(flag(s, "eventstream"))
        .event(flag(s, "event"))
        .exception(flag(s, "exception"))
        .sensitive(flag(s, "sensitive"))
        .payload(text(s, "payload"))
        .xmlName(text(s, "locationName"))
        .awsQueryError(error.isObject() && error.has("code"))
        .build();
  }

  private static Member readMember(String name, JsonNode m, ShapeTable shapes) {
    MemberTraits.Builder t = MemberTraits.builder()
        .location(MemberTraits.Location.fromBotocore(text(m, "location")))
        .locationName(text(m, "locationName"))
        .queryName(text(m, "queryName"))
        .xmlAttribute(flag(m, "xmlAttribute"))
        .flattened(flag(m, "flattened"))
        .idempotencyToken(flag(m, "idempotencyToken"))
        .jsonValue(flag(m, "jsonvalue"))
        .hostLabel(flag(m, "hostLabel"))
        .streaming(flag(m, "streaming"))
        .eventPayload(flag(m, "eventpayload"))
        .deprecated(flag(m, "deprecated"))
        .timestampFormat(text(m, "timestampFormat"))
        .contextParam(text(m.path("contextParam"), "name"));
    JsonNode xmlNs = m.path("xmlNamespace");
    if (xmlNs.isObject()) {
      t.xmlNamespace(text(xmlNs, "uri"), text(xmlNs, "prefix"));
    }
    return new Member(name, m.path("shape").asText(), shapes, t.build());
  }

  // What the old model kept: the service's, operations', shapes' and members' documentation.
  static ModelDocumentation documentation(JsonNode service) {
    ModelDocumentation.Builder docs = ModelDocumentation.builder().service(text(service, "documentation"));
    service.path("operations").fields().forEachRemaining(e -> docs.operation(e.getKey(), text(e.getValue(), "documentation")));
    service.path("shapes").fields().forEachRemaining(e -> {
      JsonNode s = e.getValue();
      docs.shape(e.getKey(), text(s, "documentation"));
      s.path("members").fields().forEachRemaining(m -> docs.member(e.getKey(), m.getKey(), text(m.getValue(), "documentation")));
      for (String part : new String[] {"member", "key", "value"}) {
        if (s.has(part)) {
          docs.member(e.getKey(), part, text(s.get(part), "documentation"));
        }
      }
    });
    return docs.build();
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
          Optional.ofNullable(text(p, "limit_key")),
          Optional.ofNullable(text(p, "more_results")),
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

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static boolean flag(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.asBoolean(false);
  }

  private static String orElse(String v, String fallback) {
    return v == null ? fallback : v;
  }
}
