package dev.awsmcp.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documentation strings of one service model (HTML, as the models carry them): the service's
 * own, each operation's, each shape's and each member's. Kept apart from the model because it is
 * most of a model's bytes (two thirds of ec2's) and rarely needed: {@link ServiceModel#documentation()}
 * loads it on first use. Immutable and thread-safe.
 */
public final class ModelDocumentation {
  /** No documentation at all. */
  public static final ModelDocumentation EMPTY = builder().build();

  private final String service;
  private final Map<String, String> operations;
  private final Map<String, String> shapes;
  private final Map<String, Map<String, String>> members;

  private ModelDocumentation(Builder b) {
    this.service = b.service;
    this.operations = b.operations;
    this.shapes = b.shapes;
    this.members = b.members;
    b.operations = null;
    b.shapes = null;
    b.members = null;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The service's documentation. */
  public Optional<String> service() {
    return Optional.ofNullable(service);
  }

  /** An operation's documentation, by API name. */
  public Optional<String> operation(String operationName) {
    return Optional.ofNullable(operations.get(operationName));
  }

  /** A shape's documentation, by shape name. */
  public Optional<String> shape(String shapeName) {
    return Optional.ofNullable(shapes.get(shapeName));
  }

  /**
   * A member's documentation: a structure member by name, or the {@code member} of a list and
   * the {@code key} and {@code value} of a map.
   */
  public Optional<String> member(String shapeName, String memberName) {
    Map<String, String> byMember = members.get(shapeName);
    return byMember == null ? Optional.empty() : Optional.ofNullable(byMember.get(memberName));
  }

  /** How many strings there are (service, operations, shapes and members). */
  public int size() {
    int n = (service == null ? 0 : 1) + operations.size() + shapes.size();
    for (Map<String, String> m : members.values()) {
      n += m.size();
    }
    return n;
  }

  @Override
  public String toString() {
    return "ModelDocumentation[" + size() + " strings]";
  }

  /** Builds {@link ModelDocumentation}; loaders only. Null strings are ignored. */
  public static final class Builder {
    private String service;
    private Map<String, String> operations = new HashMap<>();
    private Map<String, String> shapes = new HashMap<>();
    private Map<String, Map<String, String>> members = new HashMap<>();

    private Builder() {}

    public Builder service(String doc) {
      service = doc;
      return this;
    }

    public Builder operation(String operationName, String doc) {
      if (doc != null) {
        operations.put(operationName, doc);
      }
      return this;
    }

    public Builder shape(String shapeName, String doc) {
      if (doc != null) {
        shapes.put(shapeName, doc);
      }
      return this;
    }

    public Builder member(String shapeName, String memberName, String doc) {
      if (doc != null) {
        members.computeIfAbsent(shapeName, k -> new HashMap<>()).put(memberName, doc);
      }
      return this;
    }

    /** The documentation; the builder cannot be used afterwards. */
    public ModelDocumentation build() {
      if (operations == null) {
        throw new IllegalStateException("already built");
      }
      return new ModelDocumentation(this);
    }
  }
}
