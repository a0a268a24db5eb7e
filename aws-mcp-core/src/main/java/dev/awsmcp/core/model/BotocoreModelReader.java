package dev.awsmcp.core.model;

import static dev.awsmcp.core.model.Json.flag;
import static dev.awsmcp.core.model.Json.strings;
import static dev.awsmcp.core.model.Json.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns botocore's {@code service-2.json} (and paginators) into the internal model, in one pass of
 * Jackson's streaming parser: no tree of the document is built, and documentation strings, most
 * of a model's bytes, are skipped without being decoded ({@link #readDocumentation} collects them
 * in a separate pass when they are asked for). Each object's fields may come in any order.
 * {@code service-2.sdk-extras.json} is merged in on the way ({@link SdkExtras}).
 * The model is exactly what the tree-walking reader this replaced built (a test keeps that reader
 * as the reference), including its readings of odd values: a number where text is expected reads
 * as its text, an object as "".
 */
final class BotocoreModelReader {
  private BotocoreModelReader() {}

  static ServiceModel read(
      String serviceName,
      byte[] service,
      byte[] paginators,
      Supplier<ModelDocumentation> documentation,
      Supplier<Optional<JsonNode>> ruleSet,
      Supplier<Optional<JsonNode>> waiters,
      String source) throws IOException {
    return read(serviceName, service, null, paginators, documentation, ruleSet, waiters, source);
  }

  /** As above, with the {@code "merge"} object of {@code service-2.sdk-extras.json} (or null). */
  static ServiceModel read(
      String serviceName,
      byte[] service,
      ObjectNode extras,
      byte[] paginators,
      Supplier<ModelDocumentation> documentation,
      Supplier<Optional<JsonNode>> ruleSet,
      Supplier<Optional<JsonNode>> waiters,
      String source) throws IOException {
    ModelFields model = new ModelFields(serviceName);
    try (JsonParser p = Json.parser(service)) {
      startObject(p);
      fields(p, extras, ENTRY_SECTIONS, model);
    }
    return new ServiceModel(
        serviceName,
        model.metadata == null ? readMetadata(serviceName, null) : model.metadata,
        model.operations,
        model.shapes,
        paginators == null ? Map.of() : readPaginators(paginators),
        ruleSet,
        waiters,
        model.clientContextParams,
        documentation,
        source);
  }

  // The top-level sections whose entries sdk-extras merge into one by one.
  private static final Set<String> ENTRY_SECTIONS = Set.of("shapes", "operations");
  private static final Set<String> NO_SECTIONS = Set.of();

  // Reads each field of the object whose start the parser is at, with sdk-extras merged in if any.
  private static void fields(JsonParser p, ObjectNode overlay, Set<String> entries, SdkExtras.FieldReader reader)
      throws IOException {
    if (overlay != null) {
      SdkExtras.fields(p, overlay, entries, reader);
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      reader.read(name, p, null);
    }
  }

  /** The top level of service-2.json. */
  private static final class ModelFields implements SdkExtras.FieldReader {
    final String serviceName;
    final ShapeTable shapes = new ShapeTable();
    final Map<String, Operation> operations = new LinkedHashMap<>();
    final Map<String, JsonNode> clientContextParams = new LinkedHashMap<>();
    ServiceMetadata metadata;

    ModelFields(String serviceName) {
      this.serviceName = serviceName;
    }

    @Override
    public void read(String field, JsonParser p, ObjectNode overlay) throws IOException {
      switch (field) {
        case "metadata":
          metadata = readMetadata(serviceName, p);
          break;
        case "shapes":
          if (p.currentToken() == JsonToken.START_OBJECT) {
            fields(p, overlay, NO_SECTIONS, new ShapeFields(shapes));
          } else {
            p.skipChildren();
          }
          break;
        case "operations":
          if (p.currentToken() == JsonToken.START_OBJECT) {
            fields(p, overlay, NO_SECTIONS, new OperationFields(operations));
          } else {
            p.skipChildren();
          }
          break;
        case "clientContextParams":
          readTrees(p, clientContextParams);
          break;
        default:
          // "documentation" (left undecoded), "version", "examples", ...
          p.skipChildren();
      }
    }
  }

  private static final class ShapeFields implements SdkExtras.FieldReader {
    private final ShapeTable shapes;

    ShapeFields(ShapeTable shapes) {
      this.shapes = shapes;
    }

    @Override
    public void read(String name, JsonParser p, ObjectNode overlay) throws IOException {
      shapes.put(readShape(name, p, shapes));
    }
  }

  private static final class OperationFields implements SdkExtras.FieldReader {
    private final Map<String, Operation> operations;

    OperationFields(Map<String, Operation> operations) {
      this.operations = operations;
    }

    @Override
    public void read(String name, JsonParser p, ObjectNode overlay) throws IOException {
      operations.put(name, readOperation(name, p));
    }
  }

  private static void startObject(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected a JSON object, found " + p.currentToken());
    }
  }

  // Reads the object at the parser into name -> tree; anything else is skipped.
  private static void readTrees(JsonParser p, Map<String, JsonNode> out) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      out.put(name, Json.tree(p));
    }
  }

  /** Metadata from the object at the parser (null: no metadata object). */
  private static ServiceMetadata readMetadata(String serviceName, JsonParser p) throws IOException {
    String apiVersion = null;
    String protocol = null;
    List<String> protocols = List.of();
    String jsonVersion = null;
    String targetPrefix = null;
    String endpointPrefix = null;
    String signingName = null;
    String serviceId = null;
    String serviceFullName = null;
    String xmlNamespace = null;
    String globalEndpoint = null;
    boolean awsQueryCompatible = false;
    String signatureVersion = null;
    List<String> auth = List.of();
    String uid = null;
    if (p != null && p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "apiVersion": apiVersion = text(p); break;
          case "protocol": protocol = text(p); break;
          case "protocols": protocols = strings(p); break;
          case "jsonVersion": jsonVersion = text(p); break;
          case "targetPrefix": targetPrefix = text(p); break;
          case "endpointPrefix": endpointPrefix = text(p); break;
          case "signingName": signingName = text(p); break;
          case "serviceId": serviceId = text(p); break;
          case "serviceFullName": serviceFullName = text(p); break;
          case "xmlNamespace": xmlNamespace = text(p); break;
          case "globalEndpoint": globalEndpoint = text(p); break;
          case "awsQueryCompatible": awsQueryCompatible = true; p.skipChildren(); break;
          case "signatureVersion": signatureVersion = text(p); break;
          case "auth": auth = strings(p); break;
          case "uid": uid = text(p); break;
          default: p.skipChildren();
        }
      }
    } else if (p != null) {
      p.skipChildren();
    }
    if (protocols.isEmpty() && protocol != null) {
      protocols = List.of(protocol);
    }
    endpointPrefix = orElse(endpointPrefix, serviceName);
    return new ServiceMetadata(
        orElse(apiVersion, ""),
        chooseProtocol(protocol, protocols),
        protocols,
        Optional.ofNullable(jsonVersion),
        Optional.ofNullable(targetPrefix),
        endpointPrefix,
        orElse(signingName, endpointPrefix),
        orElse(serviceId, serviceName),
        orElse(serviceFullName, serviceName),
        Optional.ofNullable(xmlNamespace),
        Optional.ofNullable(globalEndpoint),
        awsQueryCompatible,
        orElse(signatureVersion, "v4"),
        auth,
        Optional.ofNullable(uid));
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

  private static Operation readOperation(String name, JsonParser p) throws IOException {
    String method = null;
    String requestUri = null;
    Integer responseCode = null;
    String hostPrefix = null;
    String inputShape = null;
    String inputLocationName = null;
    String inputXmlNamespace = null;
    String outputShape = null;
    String resultWrapper = null;
    List<String> errors = List.of();
    boolean deprecated = false;
    List<String> auth = List.of();
    String authType = null;
    boolean hasAuthType = false;
    boolean httpChecksumRequired = false;
    JsonNode httpChecksum = null;
    List<String> requestCompression = new ArrayList<>();
    Map<String, JsonNode> staticContextParams = Map.of();
    Map<String, String> operationContextParams = Map.of();
    boolean endpointDiscoveryRequired = false;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
    } else {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "http":
            if (t == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                  case "method": method = text(p); break;
                  case "requestUri": requestUri = text(p); break;
                  case "responseCode": responseCode = p.getValueAsInt(0); p.skipChildren(); break;
                  default: p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
            break;
          case "input":
            if (t == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                  case "shape": inputShape = text(p); break;
                  case "locationName": inputLocationName = text(p); break;
                  case "xmlNamespace": inputXmlNamespace = field(p, "uri"); break;
                  default: p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
            break;
          case "output":
            if (t == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                  case "shape": outputShape = text(p); break;
                  case "resultWrapper": resultWrapper = text(p); break;
                  default: p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
            break;
          case "errors":
            errors = errors(p);
            break;
          case "endpoint":
            hostPrefix = field(p, "hostPrefix");
            break;
          case "deprecated":
            deprecated = flag(p);
            break;
          case "auth":
            auth = strings(p);
            break;
          case "authtype":
            hasAuthType = true;
            authType = p.currentToken() == JsonToken.VALUE_NULL ? "null" : text(p);
            break;
          case "httpChecksumRequired":
            httpChecksumRequired = flag(p);
            break;
          case "httpChecksum":
            httpChecksum = Json.tree(p);
            break;
          case "staticContextParams":
            if (t == JsonToken.START_OBJECT) {
              staticContextParams = new LinkedHashMap<>();
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String param = p.currentName();
                p.nextToken();
                staticContextParams.put(param, Json.tree(p).path("value"));
              }
            } else {
              p.skipChildren();
            }
            break;
          case "requestcompression":
            Json.tree(p).path("encodings").forEach(e -> requestCompression.add(e.asText()));
            break;
          case "operationContextParams":
            operationContextParams = contextPaths(Json.tree(p));
            break;
          case "endpointdiscovery":
            endpointDiscoveryRequired = Json.tree(p).path("required").asBoolean(false);
            break;
          default:
            // "documentation" (left undecoded), "name", "idempotent", ...
            p.skipChildren();
        }
      }
    }
    if (auth.isEmpty() && hasAuthType) {
      auth = List.of(authType);
    }
    return new Operation(
        name,
        orElse(method, "POST"),
        orElse(requestUri, "/"),
        Optional.ofNullable(responseCode),
        Optional.ofNullable(hostPrefix),
        Optional.ofNullable(inputShape),
        Optional.ofNullable(outputShape),
        errors,
        deprecated,
        auth,
        httpChecksumRequired,
        httpChecksum,
        staticContextParams,
        Optional.empty(),
        endpointDiscoveryRequired,
        Optional.ofNullable(inputLocationName),
        Optional.ofNullable(inputXmlNamespace),
        Optional.ofNullable(resultWrapper),
        requestCompression,
        operationContextParams);
  }

  // {"Param": {"path": "expr"}, ...} as parameter name to path.
  static Map<String, String> contextPaths(JsonNode params) {
    Map<String, String> out = new LinkedHashMap<>();
    params.properties().forEach(e -> {
      String path = e.getValue().path("path").asText(null);
      if (path != null) {
        out.put(e.getKey(), path);
      }
    });
    return out;
  }

  // The "shape" of each error reference ("" when one has none).
  private static List<String> errors(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return List.of();
    }
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String shape = field(p, "shape");
      out.add(shape == null ? "" : shape);
    }
    return out;
  }

  // One field's text of the object at the parser (null if absent or not an object); skips the rest.
  private static String field(JsonParser p, String name) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    String value = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      if (f.equals(name)) {
        value = text(p);
      } else {
        p.skipChildren();
      }
    }
    return value;
  }

  private static Shape readShape(String name, JsonParser p, ShapeTable shapes) throws IOException {
    Shape.Builder b = Shape.builder(name, ShapeType.STRUCTURE);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return b.build();
    }
    boolean error = false;
    String errorCode = null;
    boolean errorHasCode = false;
    Integer errorStatus = null;
    boolean errorSenderFault = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "type":
          b.type(ShapeType.fromBotocore(t == JsonToken.VALUE_NULL ? "structure" : text(p)));
          break;
        case "members":
          if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String member = p.currentName();
              p.nextToken();
              b.member(readMember(member, p, shapes));
            }
          } else {
            p.skipChildren();
          }
          break;
        case "required":
          if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              String r = text(p);
              b.required(r == null ? "null" : r);
            }
          } else {
            p.skipChildren();
          }
          break;
        case "member": b.listMember(readMember("member", p, shapes)); break;
        case "key": b.mapKey(readMember("key", p, shapes)); break;
        case "value": b.mapValue(readMember("value", p, shapes)); break;
        case "enum": b.enumValues(strings(p)); break;
        case "min": b.min(p.getValueAsDouble(0)); p.skipChildren(); break;
        case "max": b.max(p.getValueAsDouble(0)); p.skipChildren(); break;
        case "xmlNamespace":
          if (t == JsonToken.START_OBJECT) {
            String uri = null;
            String prefix = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              switch (f) {
                case "uri": uri = text(p); break;
                case "prefix": prefix = text(p); break;
                default: p.skipChildren();
              }
            }
            b.xmlNamespace(uri, prefix);
          } else {
            p.skipChildren();
          }
          break;
        case "error":
          if (t == JsonToken.START_OBJECT) {
            error = true;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              switch (f) {
                case "code": errorHasCode = true; errorCode = text(p); break;
                case "httpStatusCode": errorStatus = p.getValueAsInt(0); p.skipChildren(); break;
                case "senderFault": errorSenderFault = flag(p); break;
                default: p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
          break;
        case "pattern": b.pattern(text(p)); break;
        case "timestampFormat": b.timestampFormat(text(p)); break;
        case "flattened": b.flattened(flag(p)); break;
        case "union": b.union(flag(p)); break;
        case "document": b.document(flag(p)); break;
        case "streaming": b.streaming(flag(p)); break;
        case "requiresLength": b.requiresLength(flag(p)); break;
        case "eventstream": b.eventStream(flag(p)); break;
        case "event": b.event(flag(p)); break;
        case "exception": b.exception(flag(p)); break;
        case "sensitive": b.sensitive(flag(p)); break;
        case "payload": b.payload(text(p)); break;
        case "locationName": b.xmlName(text(p)); break;
        default:
          // "documentation" (left undecoded), "box", "retryable", "deprecated", ...
          p.skipChildren();
      }
    }
    if (error) {
      b.error(errorCode, errorStatus, errorSenderFault);
    }
    return b.awsQueryError(error && errorHasCode).build();
  }

  private static Member readMember(String name, JsonParser p, ShapeTable shapes) throws IOException {
    String target = "";
    MemberTraits.Builder t = null;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return new Member(name, target, shapes, MemberTraits.NONE);
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "shape": {
          String s = text(p);
          target = s == null ? "null" : s;
          break;
        }
        case "location": (t = traits(t)).location(MemberTraits.Location.fromBotocore(text(p))); break;
        case "locationName": (t = traits(t)).locationName(text(p)); break;
        case "queryName": (t = traits(t)).queryName(text(p)); break;
        case "xmlAttribute": (t = traits(t)).xmlAttribute(flag(p)); break;
        case "flattened": (t = traits(t)).flattened(flag(p)); break;
        case "idempotencyToken": (t = traits(t)).idempotencyToken(flag(p)); break;
        case "jsonvalue": (t = traits(t)).jsonValue(flag(p)); break;
        case "hostLabel": (t = traits(t)).hostLabel(flag(p)); break;
        case "streaming": (t = traits(t)).streaming(flag(p)); break;
        case "eventpayload": (t = traits(t)).eventPayload(flag(p)); break;
        case "deprecated": (t = traits(t)).deprecated(flag(p)); break;
        case "timestampFormat": (t = traits(t)).timestampFormat(text(p)); break;
        case "contextParam": (t = traits(t)).contextParam(field(p, "name")); break;
        case "xmlNamespace":
          if (p.currentToken() == JsonToken.START_OBJECT) {
            String uri = null;
            String prefix = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              switch (f) {
                case "uri": uri = text(p); break;
                case "prefix": prefix = text(p); break;
                default: p.skipChildren();
              }
            }
            (t = traits(t)).xmlNamespace(uri, prefix);
          } else {
            p.skipChildren();
          }
          break;
        default:
          // "documentation" (left undecoded), "box", ...
          p.skipChildren();
      }
    }
    // Most members have nothing but a shape and documentation: they share the empty traits.
    return new Member(name, target, shapes, t == null ? MemberTraits.NONE : t.build());
  }

  private static MemberTraits.Builder traits(MemberTraits.Builder t) {
    return t == null ? MemberTraits.builder() : t;
  }

  /** Paginators from a {@code paginators-1.json} document. */
  static Map<String, Paginator> readPaginators(byte[] doc) throws IOException {
    Map<String, Paginator> out = new LinkedHashMap<>();
    try (JsonParser p = Json.parser(doc)) {
      startObject(p);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!field.equals("pagination") || t != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String operation = p.currentName();
          p.nextToken();
          out.put(operation, readPaginator(p));
        }
      }
    }
    return out;
  }

  private static Paginator readPaginator(JsonParser p) throws IOException {
    List<String> inputTokens = List.of();
    List<String> outputTokens = List.of();
    String limitKey = null;
    String moreResults = null;
    List<String> resultKeys = List.of();
    List<String> nonAggregateKeys = List.of();
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "input_token": inputTokens = strings(p); break;
          case "output_token": outputTokens = strings(p); break;
          case "limit_key": limitKey = text(p); break;
          case "more_results": moreResults = text(p); break;
          case "result_key": resultKeys = strings(p); break;
          case "non_aggregate_keys": nonAggregateKeys = strings(p); break;
          default: p.skipChildren();
        }
      }
    } else {
      p.skipChildren();
    }
    return new Paginator(inputTokens, outputTokens, Optional.ofNullable(limitKey),
        Optional.ofNullable(moreResults), resultKeys, nonAggregateKeys);
  }

  /**
   * The documentation strings of a {@code service-2.json} document: the service's, each
   * operation's, each shape's and each member's (list members, map keys and values included).
   */
  static ModelDocumentation readDocumentation(byte[] service) throws IOException {
    return readDocumentation(service, null);
  }

  /** As above, with the {@code "merge"} object of {@code service-2.sdk-extras.json} (or null). */
  static ModelDocumentation readDocumentation(byte[] service, ObjectNode extras) throws IOException {
    ModelDocumentation.Builder docs = ModelDocumentation.builder();
    try (JsonParser p = Json.parser(service)) {
      startObject(p);
      fields(p, extras, ENTRY_SECTIONS, new DocumentationFields(docs, DocumentationFields.TOP));
    }
    return docs.build();
  }

  /** The documentation strings of the top level, of operations or of shapes. */
  private static final class DocumentationFields implements SdkExtras.FieldReader {
    static final int TOP = 0;
    static final int OPERATIONS = 1;
    static final int SHAPES = 2;
    private final ModelDocumentation.Builder docs;
    private final int level;

    DocumentationFields(ModelDocumentation.Builder docs, int level) {
      this.docs = docs;
      this.level = level;
    }

    @Override
    public void read(String name, JsonParser p, ObjectNode overlay) throws IOException {
      JsonToken t = p.currentToken();
      if (level == OPERATIONS) {
        docs.operation(name, field(p, "documentation"));
      } else if (level == SHAPES) {
        if (t == JsonToken.START_OBJECT) {
          readShapeDocumentation(name, p, docs);
        } else {
          p.skipChildren();
        }
      } else if (name.equals("documentation")) {
        docs.service(text(p));
      } else if (name.equals("operations") && t == JsonToken.START_OBJECT) {
        fields(p, overlay, NO_SECTIONS, new DocumentationFields(docs, OPERATIONS));
      } else if (name.equals("shapes") && t == JsonToken.START_OBJECT) {
        fields(p, overlay, NO_SECTIONS, new DocumentationFields(docs, SHAPES));
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readShapeDocumentation(String shape, JsonParser p, ModelDocumentation.Builder docs)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "documentation":
          docs.shape(shape, text(p));
          break;
        case "members":
          if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String member = p.currentName();
              p.nextToken();
              docs.member(shape, member, field(p, "documentation"));
            }
          } else {
            p.skipChildren();
          }
          break;
        case "member":
        case "key":
        case "value":
          docs.member(shape, field, field(p, "documentation"));
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private static String orElse(String v, String fallback) {
    return v == null ? fallback : v;
  }
}
