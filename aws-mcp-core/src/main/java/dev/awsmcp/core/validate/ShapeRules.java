package dev.awsmcp.core.validate;

import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What validation needs to know about one shape, derived once: the kind of JSON value it takes,
 * its minimum, compiled pattern, enum values, and member rules. Immutable; member targets are
 * resolved on first use, so recursive shapes need no special care.
 */
final class ShapeRules {

  /** The kind of JSON value a shape accepts. */
  enum Kind {
    STRUCTURE("a structure (JSON object)"),
    /** A document type: any JSON. */
    DOCUMENT("any JSON value"),
    LIST("a list"),
    MAP("a map (JSON object)"),
    STRING("a string"),
    INTEGRAL("an integer"),
    DECIMAL("a number"),
    BOOLEAN("a boolean"),
    /** A non-streaming blob: a base64 string. */
    BLOB("base64-encoded bytes (a string)"),
    /** An ISO-8601 string. */
    TIMESTAMP("an ISO-8601 timestamp string"),
    /** Not checked: streaming blobs and event streams. */
    ANY("any value");

    final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  final Shape shape;
  final Kind kind;
  final boolean union;
  /** The minimum length, size or value; NaN when unconstrained. */
  final double min;
  /** Bounds of the integral type itself (not the model's range). */
  final long lowest;
  final long highest;
  final PatternRule pattern;
  final List<String> enumValues;
  final Set<String> enumSet;
  final Map<String, MemberRules> members;
  final List<String> memberNames;
  /** Required members in model order, idempotency tokens excluded. */
  final List<MemberRules> required;
  final MemberRules listMember;
  final MemberRules mapKey;
  final MemberRules mapValue;

  ShapeRules(Shape shape, PatternRule pattern) {
    this.shape = shape;
    this.kind = kindOf(shape);
    this.union = shape.isUnion();
    this.min = shape.min().orElse(Double.NaN);
    this.pattern = kind == Kind.STRING ? pattern : null;
    this.enumValues = shape.enumValues();
    this.enumSet = enumValues.isEmpty() ? Set.of() : Collections.unmodifiableSet(new HashSet<>(enumValues));
    long[] bounds = bounds(shape);
    this.lowest = bounds[0];
    this.highest = bounds[1];
    Map<String, MemberRules> byName = new HashMap<>();
    List<MemberRules> req = new ArrayList<>();
    if (kind == Kind.STRUCTURE) {
      for (Member m : shape.members().values()) {
        MemberRules rules = new MemberRules(m);
        byName.put(m.name(), rules);
      }
      for (String name : shape.required()) {
        MemberRules rules = byName.get(name);
        if (rules != null && !rules.member.traits().idempotencyToken()) {
          req.add(rules);
        }
      }
    }
    this.members = Collections.unmodifiableMap(byName);
    this.memberNames = List.copyOf(shape.members().keySet());
    this.required = List.copyOf(req);
    this.listMember = kind == Kind.LIST && shape.listMember() != null ? new MemberRules(shape.listMember()) : null;
    this.mapKey = kind == Kind.MAP && shape.mapKey() != null ? new MemberRules(shape.mapKey()) : null;
    this.mapValue = kind == Kind.MAP && shape.mapValue() != null ? new MemberRules(shape.mapValue()) : null;
  }

  boolean hasMin() {
    return !Double.isNaN(min);
  }

  private static Kind kindOf(Shape shape) {
    if (shape.isDocument()) {
      return Kind.DOCUMENT;
    }
    if (shape.isEventStream()) {
      return Kind.ANY;
    }
    switch (shape.type()) {
      case STRUCTURE: return Kind.STRUCTURE;
      case LIST: return Kind.LIST;
      case MAP: return Kind.MAP;
      case STRING: return Kind.STRING;
      case BOOLEAN: return Kind.BOOLEAN;
      case TIMESTAMP: return Kind.TIMESTAMP;
      case BLOB: return shape.isStreaming() ? Kind.ANY : Kind.BLOB;
      case FLOAT: case DOUBLE: case BIG_DECIMAL: return Kind.DECIMAL;
      case INTEGER: case LONG: case BIG_INTEGER: case BYTE: case SHORT: return Kind.INTEGRAL;
      default: return Kind.ANY;
    }
  }

  private static long[] bounds(Shape shape) {
    switch (shape.type()) {
      case BYTE: return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
      case SHORT: return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
      case INTEGER: return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
      default: return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }
  }

  /** Whether integral values of this shape may exceed a long ({@code bigInteger}). */
  boolean unboundedIntegral() {
    return shape.type() == ShapeType.BIG_INTEGER;
  }

  @Override
  public String toString() {
    return "ShapeRules[" + shape.name() + " " + kind + "]";
  }

  /** One member of a structure, list or map, with its target's rules resolved on first use. */
  static final class MemberRules {
    final Member member;
    final String name;
    /** A member bound to the host name: botocore gives such strings an implicit minimum of 1. */
    final boolean hostLabel;
    /** A {@code jsonvalue} string member: any JSON is accepted. */
    final boolean jsonValue;
    final boolean streaming;
    private volatile ShapeRules target;

    MemberRules(Member member) {
      this.member = member;
      this.name = member.name();
      this.hostLabel = member.traits().hostLabel();
      this.jsonValue = member.traits().jsonValue();
      this.streaming = member.traits().streaming();
    }

    ShapeRules target(ShapeRulesCache cache) {
      ShapeRules t = target;
      if (t == null) {
        t = cache.rules(member.target());
        target = t;
      }
      return t;
    }
  }
}
