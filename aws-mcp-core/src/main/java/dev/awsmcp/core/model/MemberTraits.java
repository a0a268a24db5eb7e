package dev.awsmcp.core.model;

import java.util.Optional;

/**
 * How a member is bound and serialized: HTTP location, wire names, XML details, and the traits
 * the CLI and the protocols care about. Absent strings are {@code null} internally and exposed as
 * {@link Optional}. Documentation is in {@link ServiceModel#documentation()}.
 */
public final class MemberTraits {
  static final MemberTraits NONE = new Builder().build();

  /** Where an input member travels; {@link #BODY} when no HTTP binding is given. */
  public enum Location {
    BODY, URI, QUERY, HEADER, HEADERS, STATUS_CODE;

    public static Location fromBotocore(String location) {
      if (location == null) {
        return BODY;
      }
      switch (location) {
        case "uri": return URI;
        case "querystring": return QUERY;
        case "header": return HEADER;
        case "headers": return HEADERS;
        case "statusCode": return STATUS_CODE;
        default: throw new ModelException("unknown location " + location);
      }
    }
  }

  private final Location location;
  private final String locationName;
  private final String queryName;
  private final boolean xmlAttribute;
  private final String xmlNamespace;
  private final String xmlNamespacePrefix;
  private final boolean flattened;
  private final boolean idempotencyToken;
  private final boolean jsonValue;
  private final boolean hostLabel;
  private final boolean streaming;
  private final boolean eventPayload;
  private final boolean deprecated;
  private final String timestampFormat;
  private final String contextParam;

  private MemberTraits(Builder b) {
    this.location = b.location;
    this.locationName = b.locationName;
    this.queryName = b.queryName;
    this.xmlAttribute = b.xmlAttribute;
    this.xmlNamespace = b.xmlNamespace;
    this.xmlNamespacePrefix = b.xmlNamespacePrefix;
    this.flattened = b.flattened;
    this.idempotencyToken = b.idempotencyToken;
    this.jsonValue = b.jsonValue;
    this.hostLabel = b.hostLabel;
    this.streaming = b.streaming;
    this.eventPayload = b.eventPayload;
    this.deprecated = b.deprecated;
    this.timestampFormat = b.timestampFormat;
    this.contextParam = b.contextParam;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Location location() { return location; }
  /** The wire name (header name, query key, URI label, XML element or JSON key). */
  public Optional<String> locationName() { return Optional.ofNullable(locationName); }
  /** The ec2Query name. */
  public Optional<String> queryName() { return Optional.ofNullable(queryName); }
  public boolean xmlAttribute() { return xmlAttribute; }
  public Optional<String> xmlNamespace() { return Optional.ofNullable(xmlNamespace); }
  public Optional<String> xmlNamespacePrefix() { return Optional.ofNullable(xmlNamespacePrefix); }
  public boolean flattened() { return flattened; }
  public boolean idempotencyToken() { return idempotencyToken; }
  /** A string member that carries JSON ({@code jsonvalue}). */
  public boolean jsonValue() { return jsonValue; }
  public boolean hostLabel() { return hostLabel; }
  public boolean streaming() { return streaming; }
  public boolean eventPayload() { return eventPayload; }
  public boolean deprecated() { return deprecated; }
  public Optional<String> timestampFormat() { return Optional.ofNullable(timestampFormat); }
  /** The endpoint rule-set parameter this member feeds ({@code contextParam}). */
  public Optional<String> contextParam() { return Optional.ofNullable(contextParam); }

  /** Builds {@link MemberTraits}; loaders only. */
  public static final class Builder {
    private Location location = Location.BODY;
    private String locationName;
    private String queryName;
    private boolean xmlAttribute;
    private String xmlNamespace;
    private String xmlNamespacePrefix;
    private boolean flattened;
    private boolean idempotencyToken;
    private boolean jsonValue;
    private boolean hostLabel;
    private boolean streaming;
    private boolean eventPayload;
    private boolean deprecated;
    private String timestampFormat;
    private String contextParam;

    public Builder location(Location v) { location = v; return this; }
    public Builder locationName(String v) { locationName = v; return this; }
    public Builder queryName(String v) { queryName = v; return this; }
    public Builder xmlAttribute(boolean v) { xmlAttribute = v; return this; }
    public Builder xmlNamespace(String uri, String prefix) { xmlNamespace = uri; xmlNamespacePrefix = prefix; return this; }
    public Builder flattened(boolean v) { flattened = v; return this; }
    public Builder idempotencyToken(boolean v) { idempotencyToken = v; return this; }
    public Builder jsonValue(boolean v) { jsonValue = v; return this; }
    public Builder hostLabel(boolean v) { hostLabel = v; return this; }
    public Builder streaming(boolean v) { streaming = v; return this; }
    public Builder eventPayload(boolean v) { eventPayload = v; return this; }
    public Builder deprecated(boolean v) { deprecated = v; return this; }
    public Builder timestampFormat(String v) { timestampFormat = v; return this; }
    public Builder contextParam(String v) { contextParam = v; return this; }

    public MemberTraits build() {
      return new MemberTraits(this);
    }
  }
}
