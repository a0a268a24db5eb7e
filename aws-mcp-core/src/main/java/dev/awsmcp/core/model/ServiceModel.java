package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One AWS service, loaded from whichever source had it: metadata, operations by API name,
 * shapes, paginators, and (loaded on first use) the endpoint rule set, waiters and documentation.
 * Immutable and thread-safe.
 */
public final class ServiceModel {
  private final String name;
  private final ServiceMetadata metadata;
  private final Map<String, Operation> operations;
  private final ShapeTable shapes;
  private final Map<String, Paginator> paginators;
  private final Lazy<Optional<JsonNode>> endpointRuleSet;
  private final Lazy<Optional<JsonNode>> waiters;
  private final Map<String, JsonNode> clientContextParams;
  private final Lazy<ModelDocumentation> documentation;
  private final String source;

  public ServiceModel(
      String name,
      ServiceMetadata metadata,
      Map<String, Operation> operations,
      ShapeTable shapes,
      Map<String, Paginator> paginators,
      Supplier<Optional<JsonNode>> endpointRuleSet,
      Supplier<Optional<JsonNode>> waiters,
      Map<String, JsonNode> clientContextParams,
      Supplier<ModelDocumentation> documentation,
      String source) {
    this.name = name;
    this.metadata = metadata;
    this.operations = Collections.unmodifiableMap(new TreeMap<>(operations));
    shapes.seal();
    this.shapes = shapes;
    this.paginators = Map.copyOf(paginators);
    this.endpointRuleSet = new Lazy<>(endpointRuleSet);
    this.waiters = new Lazy<>(waiters);
    this.clientContextParams = Map.copyOf(clientContextParams);
    this.documentation = new Lazy<>(documentation);
    this.source = source;
  }

  /** The model name: the botocore directory name, for example {@code s3}. */
  public String name() { return name; }
  public ServiceMetadata metadata() { return metadata; }
  /** Operations by API name, sorted. */
  public Map<String, Operation> operations() { return operations; }
  public Optional<Operation> operation(String apiName) { return Optional.ofNullable(operations.get(apiName)); }
  public ShapeTable shapes() { return shapes; }
  public Shape shape(String shapeName) { return shapes.get(shapeName); }
  /** Paginators by operation API name. */
  public Map<String, Paginator> paginators() { return paginators; }
  public Optional<Paginator> paginator(String operationName) { return Optional.ofNullable(paginators.get(operationName)); }
  /** The endpoint rule set document, parsed on first use. */
  public Optional<JsonNode> endpointRuleSet() { return endpointRuleSet.get(); }
  /** The waiters document (botocore waiters-2 format), parsed on first use. */
  public Optional<JsonNode> waiters() { return waiters.get(); }
  public Map<String, JsonNode> clientContextParams() { return clientContextParams; }
  /**
   * The documentation of the service, its operations, shapes and members, loaded on first use
   * (a botocore model reads its file a second time). Throws {@link ModelException} if the file can
   * no longer be read.
   */
  public ModelDocumentation documentation() { return documentation.get(); }
  /** Where the model came from, for example {@code botocore 1.43.11 (/usr/...)}. */
  public String source() { return source; }

  @Override
  public String toString() {
    return "ServiceModel[" + name + " " + metadata.apiVersion() + ", " + operations.size() + " operations]";
  }

  /** A value computed once on first use. */
  private static final class Lazy<T> {
    private Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = supplier.get();
            value = v;
            supplier = null;
          }
        }
      }
      return v;
    }
  }
}
