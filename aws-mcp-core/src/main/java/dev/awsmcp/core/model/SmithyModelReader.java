package dev.awsmcp.core.model;

import static dev.awsmcp.core.model.SmithyAst.has;
import static dev.awsmcp.core.model.SmithyAst.target;
import static dev.awsmcp.core.model.SmithyAst.text;
import static dev.awsmcp.core.model.SmithyAst.trait;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one service of a Smithy JSON AST document into the internal model, the same model the
 * botocore reader builds from that service's botocore files: shapes via {@link SmithyShapeReader},
 * metadata via {@link SmithyMetadataReader}, and here the operations, paginators, waiters and
 * endpoint data.
 */
final class SmithyModelReader {
  private final SmithyAst ast;
  private final JsonNode service;
  private final SmithyShapeNames names;
  private final ServiceMetadata metadata;
  private final Map<String, Paginator> paginators = new LinkedHashMap<>();
  private final Map<String, JsonNode> waitables = new LinkedHashMap<>();
  private final ModelDocumentation.Builder docs = ModelDocumentation.builder();

  private SmithyModelReader(SmithyAst ast, String serviceName, String serviceId) {
    this.ast = ast;
    this.service = ast.shape(serviceId);
    if (service == null || !SmithyAst.type(service).equals("service")) {
      throw new ModelException("no Smithy service " + serviceId);
    }
    this.names = new SmithyShapeNames(ast, serviceId, service.path("rename"));
    this.metadata = SmithyMetadataReader.read(serviceName, serviceId, service);
  }

  static ServiceModel read(String serviceName, String serviceId, JsonNode document, String source) {
    return new SmithyModelReader(new SmithyAst(document), serviceName, serviceId).read(serviceName, source);
  }

  private ServiceModel read(String serviceName, String source) {
    SmithyMemberReader memberReader =
        new SmithyMemberReader(metadata.protocol(), trait(service, SmithyTraits.XML_NAMESPACE));
    ShapeTable shapes = SmithyShapeReader.read(ast, names, memberReader, docs);
    Map<String, Operation> operations = new LinkedHashMap<>();
    for (String opId : operationIds()) {
      Operation op = readOperation(opId);
      operations.put(op.name(), op);
    }
    Map<String, JsonNode> clientContextParams = new LinkedHashMap<>();
    JsonNode ccp = trait(service, SmithyTraits.CLIENT_CONTEXT_PARAMS);
    if (ccp != null) {
      ccp.properties().forEach(e -> clientContextParams.put(e.getKey(), e.getValue()));
    }
    Optional<JsonNode> ruleSet = Optional.ofNullable(trait(service, SmithyTraits.ENDPOINT_RULE_SET));
    Map<String, JsonNode> waitersByOp = Collections.unmodifiableMap(new LinkedHashMap<>(waitables));
    ModelDocumentation documentation = docs.service(text(service, SmithyTraits.DOCUMENTATION)).build();
    return new ServiceModel(
        serviceName,
        metadata,
        operations,
        shapes,
        paginators,
        () -> ruleSet,
        () -> SmithyWaiters.toBotocore(waitersByOp),
        clientContextParams,
        // Smithy keeps documentation in traits of the tree that is built anyway: collected eagerly.
        () -> documentation,
        source);
  }

  // Operations bound to the service directly or through its resources (recursively).
  private Set<String> operationIds() {
    Set<String> ids = new LinkedHashSet<>();
    service.path("operations").forEach(ref -> ids.add(target(ref)));
    List<String> pending = new ArrayList<>();
    service.path("resources").forEach(ref -> pending.add(target(ref)));
    Set<String> seen = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      String id = pending.remove(pending.size() - 1);
      JsonNode resource = ast.shape(id);
      if (!seen.add(id) || resource == null) {
        continue;
      }
      for (String lifecycle : List.of("create", "put", "read", "update", "delete", "list")) {
        String op = target(resource.get(lifecycle));
        if (op != null) {
          ids.add(op);
        }
      }
      resource.path("operations").forEach(ref -> ids.add(target(ref)));
      resource.path("collectionOperations").forEach(ref -> ids.add(target(ref)));
      resource.path("resources").forEach(ref -> pending.add(target(ref)));
    }
    return ids;
  }

  private String operationName(String opId) {
    JsonNode rename = service.path("rename").get(opId);
    return rename == null ? SmithyAst.localName(opId) : rename.asText();
  }

  private Operation readOperation(String opId) {
    JsonNode op = ast.shape(opId);
    if (op == null) {
      throw new ModelException("unknown Smithy operation " + opId);
    }
    String name = operationName(opId);
    docs.operation(name, text(op, SmithyTraits.DOCUMENTATION));
    // Only the REST protocols route by @http; the RPC protocols POST to "/" whatever it says.
    boolean rest = metadata.protocol().equals("rest-json") || metadata.protocol().equals("rest-xml");
    JsonNode http = rest ? trait(op, SmithyTraits.HTTP) : null;
    String inputId = structureId(op.get("input"));
    String outputId = structureId(op.get("output"));
    List<String> errors = new ArrayList<>();
    op.path("errors").forEach(ref -> errors.add(names.of(target(ref))));
    service.path("errors").forEach(ref -> {
      String error = names.of(target(ref));
      if (!errors.contains(error)) {
        errors.add(error);
      }
    });
    Map<String, JsonNode> staticContextParams = new LinkedHashMap<>();
    JsonNode scp = trait(op, SmithyTraits.STATIC_CONTEXT_PARAMS);
    if (scp != null) {
      scp.properties().forEach(e -> staticContextParams.put(e.getKey(), e.getValue().path("value")));
    }
    JsonNode endpoint = trait(op, SmithyTraits.ENDPOINT);
    JsonNode discovered = trait(op, SmithyTraits.CLIENT_DISCOVERED_ENDPOINT);
    readPaginator(name, op);
    JsonNode waitable = trait(op, SmithyTraits.WAITABLE);
    if (waitable != null) {
      waitables.put(name, waitable);
    }
    JsonNode input = inputId == null ? null : ast.shape(inputId);
    boolean xmlRoot = metadata.protocol().equals("rest-xml") && input != null && hasXmlBody(input);
    JsonNode inputNs = input == null ? null : trait(input, SmithyTraits.XML_NAMESPACE);
    if (inputNs == null) {
      inputNs = trait(service, SmithyTraits.XML_NAMESPACE);
    }
    return new Operation(
        name,
        http == null ? "POST" : http.path("method").asText("POST"),
        http == null ? "/" : http.path("uri").asText("/"),
        http == null ? Optional.empty() : Optional.of(http.path("code").asInt(200)),
        Optional.ofNullable(endpoint == null ? null : endpoint.path("hostPrefix").asText(null)),
        Optional.ofNullable(inputId == null ? null : names.of(inputId)),
        Optional.ofNullable(outputId == null ? null : names.of(outputId)),
        errors,
        has(op, SmithyTraits.DEPRECATED),
        authTypes(op),
        has(op, SmithyTraits.HTTP_CHECKSUM_REQUIRED),
        trait(op, SmithyTraits.HTTP_CHECKSUM),
        staticContextParams,
        // @readonly proves a read; its absence proves nothing (DynamoDB's model uses it nowhere),
        // so it stays unknown and the policy's verb rule decides, as for botocore models.
        has(op, SmithyTraits.READONLY) ? Optional.of(true) : Optional.empty(),
        discovered != null && discovered.path("required").asBoolean(false),
        // restXml sends body members wrapped in an element named after the input structure.
        Optional.ofNullable(xmlRoot ? orElse(text(input, SmithyTraits.XML_NAME), names.of(inputId)) : null),
        Optional.ofNullable(xmlRoot && inputNs != null ? inputNs.path("uri").asText(null) : null),
        Optional.ofNullable(metadata.protocol().equals("query") && outputId != null ? name + "Result" : null),
        requestCompression(op),
        operationContextParams(op));
  }

  private static Map<String, String> operationContextParams(JsonNode op) {
    JsonNode params = trait(op, SmithyTraits.OPERATION_CONTEXT_PARAMS);
    return params == null ? Map.of() : BotocoreModelReader.contextPaths(params);
  }

  private static List<String> requestCompression(JsonNode op) {
    List<String> out = new ArrayList<>();
    JsonNode trait = trait(op, SmithyTraits.REQUEST_COMPRESSION);
    if (trait != null) {
      trait.path("encodings").forEach(e -> out.add(e.asText()));
    }
    return out;
  }

  // The structure an input/output reference names; smithy.api#Unit (or nothing) means none.
  private static String structureId(JsonNode ref) {
    String id = target(ref);
    return id == null || id.equals(SmithyAst.UNIT) ? null : id;
  }

  private static boolean hasXmlBody(JsonNode input) {
    for (JsonNode m : SmithyAst.members(input).values()) {
      if (has(m, SmithyTraits.HTTP_PAYLOAD)) {
        return false;
      }
    }
    for (JsonNode m : SmithyAst.members(input).values()) {
      if (!has(m, SmithyTraits.HTTP_LABEL) && !has(m, SmithyTraits.HTTP_QUERY) && !has(m, SmithyTraits.HTTP_QUERY_PARAMS)
          && !has(m, SmithyTraits.HTTP_HEADER) && !has(m, SmithyTraits.HTTP_PREFIX_HEADERS)) {
        return true;
      }
    }
    return false;
  }

  // botocore says "smithy.api#noAuth" for @auth([]) and @optionalAuth operations, and authtype
  // "v4-unsigned-body" for aws.auth#unsignedPayload; other operations inherit the service's.
  private static List<String> authTypes(JsonNode op) {
    JsonNode auth = trait(op, SmithyTraits.AUTH);
    if ((auth != null && auth.isEmpty()) || has(op, SmithyTraits.OPTIONAL_AUTH)) {
      return List.of("smithy.api#noAuth");
    }
    if (auth != null) {
      List<String> out = new ArrayList<>();
      auth.forEach(a -> out.add(a.asText()));
      return out;
    }
    return has(op, SmithyTraits.UNSIGNED_PAYLOAD) ? List.of("v4-unsigned-body") : List.of();
  }

  // @paginated on the service supplies defaults that the operation's own trait overrides.
  private void readPaginator(String name, JsonNode op) {
    JsonNode own = trait(op, SmithyTraits.PAGINATED);
    if (own == null) {
      return;
    }
    JsonNode defaults = service.path("traits").path(SmithyTraits.PAGINATED);
    String inputToken = orElse(own.path("inputToken").asText(null), defaults.path("inputToken").asText(null));
    String outputToken = orElse(own.path("outputToken").asText(null), defaults.path("outputToken").asText(null));
    String pageSize = orElse(own.path("pageSize").asText(null), defaults.path("pageSize").asText(null));
    String items = orElse(own.path("items").asText(null), defaults.path("items").asText(null));
    if (inputToken == null || outputToken == null) {
      return;
    }
    paginators.put(name, new Paginator(
        List.of(inputToken), List.of(outputToken), Optional.ofNullable(pageSize), Optional.empty(),
        items == null ? List.of() : List.of(items), List.of()));
  }

  private static String orElse(String v, String fallback) {
    return v == null ? fallback : v;
  }
}
