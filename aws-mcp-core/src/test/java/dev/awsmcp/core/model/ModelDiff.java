package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two loads of the same service (botocore on the left, Smithy on the right) by structure,
 * not by shape name: Smithy and botocore may name the same shape differently (synthesized inputs,
 * prelude shapes), so members are followed to their targets and compared there. Each difference
 * is one line, {@code <service> <where>: <what>}, stable enough to allow-list.
 */
final class ModelDiff {
  /** How deep to follow nested members; DynamoDB's AttributeValue is recursive. */
  static final int MAX_DEPTH = 8;

  private final String service;
  private final ServiceModel left;
  private final ServiceModel right;
  private final Set<String> out = new TreeSet<>();

  private ModelDiff(ServiceModel botocore, ServiceModel smithy) {
    this.service = botocore.name();
    this.left = botocore;
    this.right = smithy;
  }

  /** Every difference, sorted. */
  static List<String> between(ServiceModel botocore, ServiceModel smithy) {
    ModelDiff d = new ModelDiff(botocore, smithy);
    d.metadata();
    d.operations();
    d.paginators();
    d.errors();
    return new ArrayList<>(d.out);
  }

  private void diff(String where, String what, Object botocore, Object smithy) {
    if (!Objects.equals(botocore, smithy)) {
      out.add(service + " " + where + ": " + what + " botocore=" + botocore + " smithy=" + smithy);
    }
  }

  private void onlyIn(String where, Set<String> botocore, Set<String> smithy) {
    for (String name : botocore) {
      if (!smithy.contains(name)) {
        out.add(service + " " + where + ": " + name + " only in botocore");
      }
    }
    for (String name : smithy) {
      if (!botocore.contains(name)) {
        out.add(service + " " + where + ": " + name + " only in smithy");
      }
    }
  }

  private void metadata() {
    ServiceMetadata a = left.metadata();
    ServiceMetadata b = right.metadata();
    diff("metadata", "apiVersion", a.apiVersion(), b.apiVersion());
    diff("metadata", "protocol", a.protocol(), b.protocol());
    diff("metadata", "protocols", a.protocols(), b.protocols());
    diff("metadata", "jsonVersion", a.jsonVersion(), b.jsonVersion());
    diff("metadata", "targetPrefix", a.targetPrefix(), b.targetPrefix());
    diff("metadata", "endpointPrefix", a.endpointPrefix(), b.endpointPrefix());
    diff("metadata", "signingName", a.signingName(), b.signingName());
    diff("metadata", "serviceId", a.serviceId(), b.serviceId());
    diff("metadata", "serviceFullName", a.serviceFullName(), b.serviceFullName());
    diff("metadata", "xmlNamespace", a.xmlNamespace(), b.xmlNamespace());
    diff("metadata", "awsQueryCompatible", a.awsQueryCompatible(), b.awsQueryCompatible());
    diff("metadata", "signatureVersion", a.signatureVersion(), b.signatureVersion());
    diff("metadata", "auth", a.auth(), b.auth());
    diff("metadata", "uid", a.uid(), b.uid());
  }

  private void operations() {
    onlyIn("operations", left.operations().keySet(), right.operations().keySet());
    for (Operation a : left.operations().values()) {
      Operation b = right.operations().get(a.name());
      if (b == null) {
        continue;
      }
      String where = a.name();
      diff(where, "httpMethod", a.httpMethod(), b.httpMethod());
      diff(where, "requestUri", a.requestUri(), b.requestUri());
      diff(where, "hostPrefix", a.hostPrefix(), b.hostPrefix());
      diff(where, "errors", new TreeSet<>(a.errors()), new TreeSet<>(b.errors()));
      diff(where, "deprecated", a.deprecated(), b.deprecated());
      diff(where, "authTypes", a.authTypes(), b.authTypes());
      diff(where, "httpChecksumRequired", a.httpChecksumRequired(), b.httpChecksumRequired());
      diff(where, "httpChecksum", a.httpChecksum(), b.httpChecksum());
      diff(where, "staticContextParams", a.staticContextParams(), b.staticContextParams());
      diff(where, "endpointDiscoveryRequired", a.endpointDiscoveryRequired(), b.endpointDiscoveryRequired());
      diff(where, "resultWrapper", a.resultWrapper(), b.resultWrapper());
      structure(where + ".input", a.inputShape().map(left::shape), b.inputShape().map(right::shape));
      structure(where + ".output", a.outputShape().map(left::shape), b.outputShape().map(right::shape));
    }
  }

  // No structure and a structure without members mean the same: nothing to send or read.
  private void structure(String where, java.util.Optional<Shape> a, java.util.Optional<Shape> b) {
    Shape sa = a.orElse(null);
    Shape sb = b.orElse(null);
    boolean emptyA = sa == null || sa.members().isEmpty();
    boolean emptyB = sb == null || sb.members().isEmpty();
    if (emptyA && emptyB) {
      return;
    }
    if (emptyA != emptyB) {
      out.add(service + " " + where + ": " + (emptyA ? "only smithy has members" : "only botocore has members"));
      return;
    }
    shape(where, sa, sb, 0, new HashSet<>());
  }

  private void shape(String where, Shape a, Shape b, int depth, Set<String> seen) {
    if (depth > MAX_DEPTH || !seen.add(a.name() + "|" + b.name())) {
      return;
    }
    diff(where, "type", a.type(), b.type());
    diff(where, "enum", a.enumValues(), b.enumValues());
    diff(where, "min", lengthMin(a), lengthMin(b));
    diff(where, "max", a.max(), b.max());
    diff(where, "pattern", a.pattern(), b.pattern());
    diff(where, "timestampFormat", a.timestampFormat(), b.timestampFormat());
    diff(where, "union", a.isUnion(), b.isUnion());
    diff(where, "document", a.isDocument(), b.isDocument());
    diff(where, "streaming", a.isStreaming(), b.isStreaming());
    diff(where, "eventStream", a.isEventStream(), b.isEventStream());
    diff(where, "payload", a.payload(), b.payload());
    if (a.type() != b.type()) {
      return;
    }
    switch (a.type()) {
      case STRUCTURE:
        onlyIn(where + " members", a.members().keySet(), b.members().keySet());
        diff(where, "required", new TreeSet<>(a.required()), new TreeSet<>(b.required()));
        for (Member ma : a.members().values()) {
          Member mb = b.members().get(ma.name());
          if (mb != null) {
            member(where + "." + ma.name(), ma, mb, depth, seen);
          }
        }
        break;
      case LIST:
        member(where + "[]", a.listMember(), b.listMember(), depth, seen);
        break;
      case MAP:
        member(where + "{key}", a.mapKey(), b.mapKey(), depth, seen);
        member(where + "{value}", a.mapValue(), b.mapValue(), depth, seen);
        break;
      default:
        break;
    }
  }

  // A minimum length or size of 0 constrains nothing; botocore writes it on some shapes only.
  private static java.util.Optional<Double> lengthMin(Shape s) {
    boolean length = !s.type().isNumber();
    return s.min().filter(min -> !(length && min == 0.0));
  }

  private void member(String where, Member a, Member b, int depth, Set<String> seen) {
    MemberTraits ta = a.traits();
    MemberTraits tb = b.traits();
    diff(where, "location", ta.location(), tb.location());
    diff(where, "locationName", ta.locationName(), tb.locationName());
    diff(where, "queryName", ta.queryName(), tb.queryName());
    diff(where, "idempotencyToken", ta.idempotencyToken(), tb.idempotencyToken());
    diff(where, "hostLabel", ta.hostLabel(), tb.hostLabel());
    diff(where, "jsonValue", ta.jsonValue(), tb.jsonValue());
    diff(where, "timestampFormat", ta.timestampFormat(), tb.timestampFormat());
    diff(where, "contextParam", ta.contextParam(), tb.contextParam());
    shape(where, a.target(), b.target(), depth + 1, seen);
  }

  // Error shapes both models name: exception flag, awsQuery error code and HTTP status.
  private void errors() {
    Set<String> names = new TreeSet<>();
    left.operations().values().forEach(op -> names.addAll(op.errors()));
    right.operations().values().forEach(op -> names.addAll(op.errors()));
    for (String name : names) {
      if (left.shapes().contains(name) && right.shapes().contains(name)) {
        Shape a = left.shape(name);
        Shape b = right.shape(name);
        diff("error " + name, "exception", a.isException(), b.isException());
        diff("error " + name, "errorCode", a.errorCode(), b.errorCode());
        diff("error " + name, "httpStatus", a.errorHttpStatus(), b.errorHttpStatus());
      }
    }
  }

  private void paginators() {
    onlyIn("paginators", left.paginators().keySet(), right.paginators().keySet());
    left.paginators().forEach((op, a) -> {
      Paginator b = right.paginators().get(op);
      if (b != null) {
        String where = "paginator " + op;
        diff(where, "inputTokens", a.inputTokens(), b.inputTokens());
        diff(where, "outputTokens", a.outputTokens(), b.outputTokens());
        diff(where, "limitKey", a.limitKey(), b.limitKey());
        diff(where, "resultKeys", a.resultKeys(), b.resultKeys());
      }
    });
  }

  /** Waiters compared per waiter: operation, delay and acceptors (JSON equality), maxAttempts. */
  static List<String> waiters(String service, JsonNode botocore, JsonNode smithy) {
    List<String> out = new ArrayList<>();
    JsonNode a = botocore.path("waiters");
    JsonNode b = smithy.path("waiters");
    Set<String> names = new TreeSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode wa = a.get(name);
      JsonNode wb = b.get(name);
      if (wa == null || wb == null) {
        out.add(service + " waiter " + name + ": only in " + (wa == null ? "smithy" : "botocore"));
        continue;
      }
      for (String field : List.of("operation", "delay", "maxAttempts", "acceptors")) {
        if (!Objects.equals(wa.get(field), wb.get(field))) {
          out.add(service + " waiter " + name + ": " + field + " botocore=" + wa.get(field) + " smithy=" + wb.get(field));
        }
      }
    }
    return out;
  }
}
