package dev.awsmcp.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every service the configured sources know, loaded lazily and cached. When several sources
 * have a service, the first source in the list wins. Thread-safe; build once, share.
 */
public final class ServiceCatalog {
  private final List<ModelSource> sources;
  private final Map<String, ModelSource> owners;
  private final ConcurrentHashMap<String, ServiceModel> loaded = new ConcurrentHashMap<>();

  public ServiceCatalog(List<ModelSource> sources) {
    this.sources = List.copyOf(sources);
    Map<String, ModelSource> byName = new LinkedHashMap<>();
    for (ModelSource source : this.sources) {
      for (String name : source.serviceNames()) {
        byName.putIfAbsent(name, source);
      }
    }
    this.owners = Collections.unmodifiableMap(byName);
  }

  public List<ModelSource> sources() {
    return sources;
  }

  /** Every model name, sorted. */
  public Set<String> serviceNames() {
    return Collections.unmodifiableSet(new TreeSet<>(owners.keySet()));
  }

  public boolean contains(String serviceName) {
    return owners.containsKey(serviceName);
  }

  /** The source a service is loaded from. */
  public Optional<ModelSource> sourceOf(String serviceName) {
    return Optional.ofNullable(owners.get(serviceName));
  }

  /**
   * The model of a service, loaded on first use. Empty for an unknown service; throws
   * {@link ModelException} when the model exists but cannot be read.
   */
  public Optional<ServiceModel> load(String serviceName) {
    ModelSource source = owners.get(serviceName);
    if (source == null) {
      return Optional.empty();
    }
    return Optional.of(loaded.computeIfAbsent(serviceName, source::load));
  }
}
