package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model as lines of text, every fact the model holds on its own line and in a fixed order, so
 * that two loads of one service can be compared with a readable difference. Shapes appear in table
 * order (document order for botocore), members in model order, maps sorted by key.
 */
final class ModelDump {
  private final List<String> out = new ArrayList<>();

  private ModelDump() {}

  /** Everything but the documentation, the rule set and the waiters. */
  static List<String> model(ServiceModel m) {
    ModelDump d = new ModelDump();
    d.add("service " + m.name());
    d.add("metadata " + m.metadata());
    m.operations().forEach((name, op) -> d.operation(op));
    m.shapes().all().forEach((name, shape) -> d.shape(shape));
    new TreeMap<>(m.paginators()).forEach((op, p) -> d.add("paginator " + op + " " + p));
    new TreeMap<>(m.clientContextParams()).forEach((k, v) -> d.add("clientContextParam " + k + " " + v));
    return d.out;
  }

  /** The documentation of the service and of each operation, shape and member the model has. */
  static List<String> documentation(ServiceModel m) {
    ModelDump d = new ModelDump();
    ModelDocumentation docs = m.documentation();
    d.add("service " + docs.service());
    m.operations().keySet().forEach(op -> d.add("operation " + op + " " + docs.operation(op)));
    m.shapes().all().forEach((name, shape) -> {
      d.add("shape " + name + " " + docs.shape(name));
      shape.members().keySet().forEach(member -> d.add("member " + name + "$" + member + " " + docs.member(name, member)));
      for (String part : new String[] {"member", "key", "value"}) {
        if (!shape.members().containsKey(part)) {
          d.add("member " + name + "$" + part + " " + docs.member(name, part));
        }
      }
    });
    d.add("size " + docs.size());
    return d.out;
  }

  private void add(String line) {
    out.add(line);
  }

  private void operation(Operation op) {
    String o = "operation " + op.name() + " ";
    add(o + "http " + op.httpMethod() + " " + op.requestUri() + " " + op.responseCode());
    add(o + "hostPrefix " + op.hostPrefix());
    add(o + "input " + op.inputShape() + " xmlName " + op.inputXmlName() + " xmlNamespace " + op.inputXmlNamespace());
    add(o + "output " + op.outputShape() + " resultWrapper " + op.resultWrapper());
    add(o + "errors " + op.errors());
    add(o + "deprecated " + op.deprecated() + " readOnly " + op.readOnly());
    add(o + "auth " + op.authTypes());
    add(o + "httpChecksumRequired " + op.httpChecksumRequired() + " httpChecksum " + op.httpChecksum());
    add(o + "staticContextParams " + sorted(op.staticContextParams()));
    add(o + "endpointDiscoveryRequired " + op.endpointDiscoveryRequired());
  }

  private void shape(Shape s) {
    String p = "shape " + s.name() + " ";
    add(p + s.type() + " required " + s.required());
    add(p + "enum " + s.enumValues() + " min " + s.min() + " max " + s.max() + " pattern " + s.pattern());
    add(p + "timestampFormat " + s.timestampFormat() + " flattened " + s.flattened() + " union " + s.isUnion()
        + " document " + s.isDocument() + " streaming " + s.isStreaming() + " requiresLength " + s.requiresLength()
        + " eventStream " + s.isEventStream() + " event " + s.isEvent() + " exception " + s.isException()
        + " sensitive " + s.isSensitive());
    add(p + "payload " + s.payload() + " xmlNamespace " + s.xmlNamespace() + " " + s.xmlNamespacePrefix()
        + " xmlName " + s.xmlName());
    add(p + "error " + s.errorCode() + " " + s.errorHttpStatus() + " senderFault " + s.errorSenderFault()
        + " awsQueryError " + s.awsQueryError());
    s.members().values().forEach(m -> member(p + "member ", m));
    if (s.listMember() != null) {
      member(p + "list ", s.listMember());
    }
    if (s.mapKey() != null) {
      member(p + "key ", s.mapKey());
    }
    if (s.mapValue() != null) {
      member(p + "value ", s.mapValue());
    }
  }

  private void member(String prefix, Member m) {
    MemberTraits t = m.traits();
    add(prefix + m.name() + " -> " + m.targetName()
        + " location " + t.location() + " " + t.locationName() + " queryName " + t.queryName()
        + " xmlAttribute " + t.xmlAttribute() + " xmlNamespace " + t.xmlNamespace() + " " + t.xmlNamespacePrefix()
        + " flattened " + t.flattened() + " idempotencyToken " + t.idempotencyToken() + " jsonValue " + t.jsonValue()
        + " hostLabel " + t.hostLabel() + " streaming " + t.streaming() + " eventPayload " + t.eventPayload()
        + " deprecated " + t.deprecated() + " timestampFormat " + t.timestampFormat()
        + " contextParam " + t.contextParam());
  }

  private static Map<String, JsonNode> sorted(Map<String, JsonNode> m) {
    return new TreeMap<>(m);
  }
}
