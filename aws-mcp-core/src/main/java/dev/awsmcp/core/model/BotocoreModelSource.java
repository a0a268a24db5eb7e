package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Service models in botocore's data layout: {@code <root>/<service>/<api-version>/service-2.json}
 * with {@code paginators-1.json}, {@code waiters-2.json} and {@code endpoint-rule-set-1.json}
 * beside it, each plain or gzipped, and {@code service-2.sdk-extras.json} merged into the model as
 * botocore's loader does. The newest API version of each service wins, as in botocore.
 */
public final class BotocoreModelSource implements ModelSource {
  private static final Pattern VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");

  private final Path root;
  private final Optional<String> version;
  private final Map<String, Path> serviceDirs;

  private BotocoreModelSource(Path root, Optional<String> version, Map<String, Path> serviceDirs) {
    this.root = root;
    this.version = version;
    this.serviceDirs = serviceDirs;
  }

  /** Opens a botocore {@code data} folder; throws {@link ModelException} if it holds no model. */
  public static BotocoreModelSource open(Path root) {
    Map<String, Path> dirs = new TreeMap<>();
    try (DirectoryStream<Path> services = Files.newDirectoryStream(root)) {
      for (Path serviceDir : services) {
        if (Files.isDirectory(serviceDir)) {
          newestVersion(serviceDir).ifPresent(v -> dirs.put(serviceDir.getFileName().toString(), v));
        }
      }
    } catch (IOException e) {
      throw new ModelException("cannot list botocore models in " + root + ": " + e.getMessage(), e);
    }
    if (dirs.isEmpty()) {
      throw new ModelException("no botocore service models in " + root);
    }
    return new BotocoreModelSource(root, readVersion(root), Collections.unmodifiableMap(dirs));
  }

  /** Whether the folder looks like a botocore data folder (cheap check, no parsing). */
  public static boolean looksLikeDataFolder(Path root) {
    return Files.isDirectory(root.resolve("sts")) || Files.isDirectory(root.resolve("ec2"));
  }

  private static Optional<Path> newestVersion(Path serviceDir) throws IOException {
    List<Path> versions = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(serviceDir)) {
      ds.forEach(versions::add);
    }
    versions.sort(Collections.reverseOrder());
    for (Path v : versions) {
      if (find(v, "service-2.json").isPresent()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** botocore's {@code utils.deep_merge}: objects merge key by key, anything else replaces. */
  private static void deepMerge(ObjectNode base, ObjectNode extra) {
    extra.fields().forEachRemaining(e -> {
      JsonNode current = base.get(e.getKey());
      if (current instanceof ObjectNode currentObject && e.getValue() instanceof ObjectNode extraObject) {
        deepMerge(currentObject, extraObject);
      } else {
        base.set(e.getKey(), e.getValue());
      }
    });
  }

  private static Optional<Path> find(Path dir, String fileName) {
    Path plain = dir.resolve(fileName);
    if (Files.isRegularFile(plain)) {
      return Optional.of(plain);
    }
    Path gz = dir.resolve(fileName + ".gz");
    return Files.isRegularFile(gz) ? Optional.of(gz) : Optional.empty();
  }

  // botocore keeps its version in data/../__init__.py; the AWS CLI v2 bundle in awscli/__init__.py.
  private static Optional<String> readVersion(Path root) {
    Path parent = root.toAbsolutePath().getParent();
    for (Path candidate : new Path[] {parent.resolve("__init__.py"), parent.getParent() == null ? null : parent.getParent().resolve("__init__.py")}) {
      if (candidate != null && Files.isRegularFile(candidate)) {
        try {
          Matcher m = VERSION.matcher(Files.readString(candidate));
          if (m.find()) {
            return Optional.of(m.group(1));
          }
        } catch (IOException | RuntimeException e) {
          // No version is fine: it is only reported.
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String kind() {
    return "botocore";
  }

  @Override
  public String location() {
    return root.toString();
  }

  @Override
  public Optional<String> version() {
    return version;
  }

  @Override
  public Set<String> serviceNames() {
    return serviceDirs.keySet();
  }

  /** The API version folder that will be loaded for a service. */
  public Optional<Path> serviceDir(String serviceName) {
    return Optional.ofNullable(serviceDirs.get(serviceName));
  }

  @Override
  public ServiceModel load(String serviceName) {
    Path dir = serviceDirs.get(serviceName);
    if (dir == null) {
      throw new ModelException("no botocore model for " + serviceName + " in " + root);
    }
    JsonNode service = Json.read(find(dir, "service-2.json").orElseThrow());
    // botocore's loader merges service-2.sdk-extras.json into the model (rds SourceRegion, ...).
    Optional<Path> extras = find(dir, "service-2.sdk-extras.json");
    if (extras.isPresent() && service instanceof ObjectNode && Json.read(extras.get()).path("merge") instanceof ObjectNode merge) {
      deepMerge((ObjectNode) service, merge);
    }
    JsonNode paginators = find(dir, "paginators-1.json").map(Json::read).orElse(null);
    return BotocoreModelReader.read(
        serviceName,
        service,
        paginators,
        () -> find(dir, "endpoint-rule-set-1.json").map(Json::read),
        () -> find(dir, "waiters-2.json").map(Json::read),
        "botocore" + version.map(v -> " " + v).orElse("") + " (" + dir + ")");
  }
}
