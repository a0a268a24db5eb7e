package dev.awsmcp.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A named shape of a service model with its members and constraints. Immutable once built.
 * Structures keep their members in model order. Documentation is in {@link ServiceModel#documentation()}.
 */
public final class Shape {
  private final String name;
  private final ShapeType type;
  private final Map<String, Member> members;
  private final Set<String> required;
  private final Member listMember;
  private final Member mapKey;
  private final Member mapValue;
  private final List<String> enumValues;
  private final Double min;
  private final Double max;
  private final String pattern;
  private final String timestampFormat;
  private final boolean flattened;
  private final boolean union;
  private final boolean document;
  private final boolean streaming;
  private final boolean requiresLength;
  private final boolean eventStream;
  private final boolean event;
  private final boolean exception;
  private final boolean sensitive;
  private final boolean payloadIsMember;
  private final String payload;
  private final String xmlNamespace;
  private final String xmlNamespacePrefix;
  private final String xmlName;
  private final String errorCode;
  private final Integer errorHttpStatus;
  private final boolean errorSenderFault;
  private final boolean awsQueryError;
  private final String mediaType;

  private Shape(Builder b) {
    this.name = b.name;
    this.type = b.type;
    // The builder hands its collections over (build() forgets them), so nothing is copied.
    this.members = b.members == null ? Collections.emptyMap() : Collections.unmodifiableMap(b.members);
    this.required = b.required == null ? Collections.emptySet() : Collections.unmodifiableSet(b.required);
    this.listMember = b.listMember;
    this.mapKey = b.mapKey;
    this.mapValue = b.mapValue;
    this.enumValues = List.copyOf(b.enumValues);
    this.min = b.min;
    this.max = b.max;
    this.pattern = b.pattern;
    this.timestampFormat = b.timestampFormat;
    this.flattened = b.flattened;
    this.union = b.union;
    this.document = b.document;
    this.streaming = b.streaming;
    this.requiresLength = b.requiresLength;
    this.eventStream = b.eventStream;
    this.event = b.event;
    this.exception = b.exception;
    this.sensitive = b.sensitive;
    this.payloadIsMember = b.payload != null;
    this.payload = b.payload;
    this.xmlNamespace = b.xmlNamespace;
    this.xmlNamespacePrefix = b.xmlNamespacePrefix;
    this.xmlName = b.xmlName;
    this.errorCode = b.errorCode;
    this.errorHttpStatus = b.errorHttpStatus;
    this.errorSenderFault = b.errorSenderFault;
    this.awsQueryError = b.awsQueryError;
    this.mediaType = b.mediaType;
  }

  public static Builder builder(String name, ShapeType type) {
    return new Builder(name, type);
  }

  public String name() { return name; }
  public ShapeType type() { return type; }
  /** Structure members in model order; empty for other types. */
  public Map<String, Member> members() { return members; }
  public Optional<Member> member(String memberName) { return Optional.ofNullable(members.get(memberName)); }
  public Set<String> required() { return required; }
  public boolean isRequired(String memberName) { return required.contains(memberName); }
  /** The member of a list. */
  public Member listMember() { return listMember; }
  public Member mapKey() { return mapKey; }
  public Member mapValue() { return mapValue; }
  /** Allowed values of an enum string (or intEnum), empty when unconstrained. */
  public List<String> enumValues() { return enumValues; }
  /** Minimum length, size or value; empty when unconstrained. */
  public Optional<Double> min() { return Optional.ofNullable(min); }
  /** Maximum length, size or value; empty when unconstrained. */
  public Optional<Double> max() { return Optional.ofNullable(max); }
  public Optional<String> pattern() { return Optional.ofNullable(pattern); }
  public Optional<String> timestampFormat() { return Optional.ofNullable(timestampFormat); }
  public boolean flattened() { return flattened; }
  public boolean isUnion() { return union; }
  /** A document type (free-form JSON). */
  public boolean isDocument() { return document; }
  public boolean isStreaming() { return streaming; }
  public boolean requiresLength() { return requiresLength; }
  public boolean isEventStream() { return eventStream; }
  public boolean isEvent() { return event; }
  public boolean isException() { return exception; }
  public boolean isSensitive() { return sensitive; }
  /** The member bound to the HTTP payload ({@code payload} of botocore, {@code @httpPayload}). */
  public Optional<String> payload() { return payloadIsMember ? Optional.of(payload) : Optional.empty(); }
  public Optional<String> xmlNamespace() { return Optional.ofNullable(xmlNamespace); }
  public Optional<String> xmlNamespacePrefix() { return Optional.ofNullable(xmlNamespacePrefix); }
  /** The XML element name of a structure ({@code locationName} on the shape). */
  public Optional<String> xmlName() { return Optional.ofNullable(xmlName); }
  /** For error shapes: the awsQuery error code, HTTP status, and fault side. */
  public Optional<String> errorCode() { return Optional.ofNullable(errorCode); }
  public Optional<Integer> errorHttpStatus() { return Optional.ofNullable(errorHttpStatus); }
  public boolean errorSenderFault() { return errorSenderFault; }
  public boolean awsQueryError() { return awsQueryError; }
  /** The media type of a blob or string ({@code @mediaType}; botocore models have none). */
  public Optional<String> mediaType() { return Optional.ofNullable(mediaType); }

  @Override
  public String toString() {
    return name + ":" + type;
  }

  /** Builds a {@link Shape}; loaders only. */
  public static final class Builder {
    private final String name;
    private ShapeType type;
    private Map<String, Member> members;
    private Set<String> required;
    private Member listMember;
    private Member mapKey;
    private Member mapValue;
    private List<String> enumValues = List.of();
    private Double min;
    private Double max;
    private String pattern;
    private String timestampFormat;
    private boolean flattened;
    private boolean union;
    private boolean document;
    private boolean streaming;
    private boolean requiresLength;
    private boolean eventStream;
    private boolean event;
    private boolean exception;
    private boolean sensitive;
    private String payload;
    private String xmlNamespace;
    private String xmlNamespacePrefix;
    private String xmlName;
    private String errorCode;
    private Integer errorHttpStatus;
    private boolean errorSenderFault;
    private boolean awsQueryError;
    private String mediaType;

    private Builder(String name, ShapeType type) {
      this.name = name;
      this.type = type;
    }

    /** Sets the type, for loaders that learn it after the members. */
    public Builder type(ShapeType v) { type = v; return this; }
    public Builder member(Member m) {
      if (members == null) {
        members = new LinkedHashMap<>();
      }
      members.put(m.name(), m);
      return this;
    }
    public Builder required(String memberName) {
      if (required == null) {
        required = new LinkedHashSet<>();
      }
      required.add(memberName);
      return this;
    }
    public Builder listMember(Member m) { listMember = m; return this; }
    public Builder mapKey(Member m) { mapKey = m; return this; }
    public Builder mapValue(Member m) { mapValue = m; return this; }
    public Builder enumValues(List<String> v) { enumValues = v; return this; }
    public Builder min(Double v) { min = v; return this; }
    public Builder max(Double v) { max = v; return this; }
    public Builder pattern(String v) { pattern = v; return this; }
    public Builder timestampFormat(String v) { timestampFormat = v; return this; }
    public Builder flattened(boolean v) { flattened = v; return this; }
    public Builder union(boolean v) { union = v; return this; }
    public Builder document(boolean v) { document = v; return this; }
    public Builder streaming(boolean v) { streaming = v; return this; }
    public Builder requiresLength(boolean v) { requiresLength = v; return this; }
    public Builder eventStream(boolean v) { eventStream = v; return this; }
    public Builder event(boolean v) { event = v; return this; }
    public Builder exception(boolean v) { exception = v; return this; }
    public Builder sensitive(boolean v) { sensitive = v; return this; }
    public Builder payload(String v) { payload = v; return this; }
    public Builder xmlNamespace(String uri, String prefix) { xmlNamespace = uri; xmlNamespacePrefix = prefix; return this; }
    public Builder xmlName(String v) { xmlName = v; return this; }
    public Builder error(String code, Integer httpStatus, boolean senderFault) {
      errorCode = code; errorHttpStatus = httpStatus; errorSenderFault = senderFault; return this;
    }
    public Builder awsQueryError(boolean v) { awsQueryError = v; return this; }
    public Builder mediaType(String v) { mediaType = v; return this; }

    public Shape build() {
      Shape shape = new Shape(this);
      members = null; // handed over: further calls start new collections
      required = null;
      return shape;
    }
  }
}
