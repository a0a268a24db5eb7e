package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Service models from Smithy JSON AST files, as AWS publishes them in Maven Central
 * ({@code software.amazon.api.models:<sdk-id>}; each jar lists its JSON files in
 * {@code META-INF/smithy/manifest}). Opening a source only scans each file for its service shapes
 * ({@link SmithyServiceScanner}); a service is parsed and converted when it is loaded. Service
 * names follow {@link SmithyServiceNames}; when two files define the same service, the first one
 * found wins, as in {@link ServiceCatalog}.
 */
public final class SmithyModelSource implements ModelSource {
  static final String MANIFEST = "META-INF/smithy/manifest";

  /** One service: where its document is, its shape id, and the artifact it came from. */
  private record Entry(String serviceId, URL document, String artifact) {}

  private final String location;
  private final Optional<String> version;
  private final Map<String, Entry> services;

  private SmithyModelSource(String location, Map<String, Entry> services) {
    this.location = location;
    this.services = Collections.unmodifiableMap(new TreeMap<>(services));
    Set<String> artifacts = new LinkedHashSet<>();
    services.values().forEach(e -> artifacts.add(e.artifact()));
    this.version = artifacts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", artifacts));
  }

  /** Every Smithy model jar (or folder) on a class loader's path that has a manifest. */
  public static SmithyModelSource fromClassLoader(ClassLoader loader) {
    Indexer indexer = new Indexer();
    try {
      Enumeration<URL> manifests = loader.getResources(MANIFEST);
      while (manifests.hasMoreElements()) {
        indexer.addManifest(manifests.nextElement());
      }
    } catch (IOException e) {
      throw new ModelException("cannot list Smithy model manifests: " + e.getMessage(), e);
    }
    return new SmithyModelSource("classpath: " + String.join(", ", indexer.origins), indexer.services);
  }

  /**
   * Smithy model jars (with a manifest), JSON AST files, or folders (with a
   * {@code META-INF/smithy/manifest}, else every {@code .json} file below) given explicitly.
   */
  public static SmithyModelSource fromPaths(List<Path> paths) {
    Indexer indexer = new Indexer();
    for (Path path : paths) {
      try {
        String fileName = path.getFileName().toString();
        if (Files.isRegularFile(path.resolve(MANIFEST))) {
          indexer.addManifest(path.resolve(MANIFEST).toUri().toURL());
        } else if (Files.isDirectory(path)) {
          for (Path json : jsonFiles(path)) {
            indexer.addDocument(json.toUri().toURL(), json.getFileName().toString());
          }
        } else if (fileName.endsWith(".jar")) {
          indexer.addManifest(new URL("jar:" + path.toUri() + "!/" + MANIFEST));
        } else {
          indexer.addDocument(path.toUri().toURL(), fileName);
        }
      } catch (MalformedURLException e) {
        throw new ModelException("bad Smithy model path " + path + ": " + e.getMessage(), e);
      }
    }
    List<String> shown = new ArrayList<>();
    paths.forEach(p -> shown.add(p.toString()));
    return new SmithyModelSource(String.join(", ", shown), indexer.services);
  }

  // A folder of Smithy JSON files (an unpacked model jar or a smithy-build output), in name order.
  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new ModelException("cannot list Smithy models in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String kind() {
    return "smithy";
  }

  @Override
  public String location() {
    return location;
  }

  /** The artifacts the models came from, {@code artifact:version} or file names, comma-separated. */
  @Override
  public Optional<String> version() {
    return version;
  }

  @Override
  public Set<String> serviceNames() {
    return services.keySet();
  }

  /** The artifact one service came from, for example {@code dynamodb:1.0.14}. */
  public Optional<String> versionOf(String serviceName) {
    return Optional.ofNullable(services.get(serviceName)).map(Entry::artifact);
  }

  /** The Smithy shape id of a service, for example {@code com.amazonaws.sqs#AmazonSQS}. */
  public Optional<String> shapeIdOf(String serviceName) {
    return Optional.ofNullable(services.get(serviceName)).map(Entry::serviceId);
  }

  @Override
  public ServiceModel load(String serviceName) {
    Entry entry = services.get(serviceName);
    if (entry == null) {
      throw new ModelException("no Smithy model for " + serviceName + " in " + location);
    }
    JsonNode document;
    try (InputStream in = open(entry.document())) {
      document = SmithyJson.read(in);
    } catch (IOException e) {
      throw new ModelException("cannot read " + entry.document() + ": " + e.getMessage(), e);
    }
    return SmithyModelReader.read(serviceName, entry.serviceId(), document,
        "smithy " + entry.artifact() + " (" + entry.document() + ")");
  }

  // Uncached: the JVM's jar cache would keep explicitly given jars open (and locked on Windows).
  static InputStream open(URL url) throws IOException {
    URLConnection c = url.openConnection();
    c.setUseCaches(false);
    return new BufferedInputStream(c.getInputStream(), 1 << 16);
  }

  /** Collects services from manifests and documents; the first definition of a name wins. */
  private static final class Indexer {
    final Map<String, Entry> services = new LinkedHashMap<>();
    final Set<String> origins = new LinkedHashSet<>();

    void addManifest(URL manifest) {
      String artifact = SmithyArtifactVersion.of(manifest);
      origins.add(artifact);
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(manifest), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String file = line.trim();
          if (!file.isEmpty() && !file.startsWith("#") && file.endsWith(".json")) {
            addDocument(new URL(manifest, file), artifact);
          }
        }
      } catch (IOException e) {
        throw new ModelException("cannot read Smithy manifest " + manifest + ": " + e.getMessage(), e);
      }
    }

    void addDocument(URL document, String artifact) {
      List<SmithyServiceScanner.Found> found;
      try (InputStream in = open(document)) {
        found = SmithyServiceScanner.scan(in);
      } catch (IOException e) {
        throw new ModelException("cannot read Smithy model " + document + ": " + e.getMessage(), e);
      }
      for (SmithyServiceScanner.Found service : found) {
        String name = service.sdkId() != null
            ? SmithyServiceNames.fromSdkId(service.sdkId())
            : SmithyServiceNames.fromSdkId(SmithyAst.localName(service.shapeId()));
        services.putIfAbsent(name, new Entry(service.shapeId(), document, artifact));
      }
    }
  }
}
