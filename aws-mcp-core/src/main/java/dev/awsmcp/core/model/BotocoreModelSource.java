package dev.awsmcp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
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

  /**
   * Opens a botocore {@code data} folder; throws {@link ModelException} if it holds no model.
   * Lists folders only (one {@code readdir} per service and one {@code stat} per newest version,
   * through {@link File}, which reports a missing file without throwing), and starts
   * {@link LoaderWarmup} so that the first load finds the reading code loaded and compiled.
   */
  public static BotocoreModelSource open(Path root) {
    File rootDir = root.toFile();
    String[] services = rootDir.list();
    if (services == null) {
      throw new ModelException("cannot list botocore models in " + root + ": not a readable folder");
    }
    Map<String, Path> dirs = new TreeMap<>();
    for (String service : services) {
      String version = newestVersion(new File(rootDir, service));
      if (version != null) {
        dirs.put(service, root.resolve(service).resolve(version));
      }
    }
    if (dirs.isEmpty()) {
      throw new ModelException("no botocore service models in " + root);
    }
    LoaderWarmup.start(dirs.get(LoaderWarmup.SAMPLE_SERVICE));
    return new BotocoreModelSource(root, readVersion(root), Collections.unmodifiableMap(dirs));
  }

  /** Whether the folder looks like a botocore data folder (cheap check, no parsing). */
  public static boolean looksLikeDataFolder(Path root) {
    return Files.isDirectory(root.resolve("sts")) || Files.isDirectory(root.resolve("ec2"));
  }

  // The newest API version folder with a service-2.json; null for a file (endpoints.json, ...),
  // whose list() is null, or a service folder without any.
  private static String newestVersion(File serviceDir) {
    String[] versions = serviceDir.list();
    if (versions == null || versions.length == 0) {
      return null;
    }
    Arrays.sort(versions, Collections.reverseOrder());
    for (String version : versions) {
      File dir = new File(serviceDir, version);
      if (new File(dir, "service-2.json.gz").isFile() || new File(dir, "service-2.json").isFile()) {
        return version;
      }
    }
    return null;
  }

  // File.isFile, not Files.isRegularFile: a missing file (most extras, many paginators) costs a
  // failed stat, not a NoSuchFileException.
  private static Optional<Path> find(Path dir, String fileName) {
    Path plain = dir.resolve(fileName);
    if (plain.toFile().isFile()) {
      return Optional.of(plain);
    }
    Path gz = dir.resolve(fileName + ".gz");
    return gz.toFile().isFile() ? Optional.of(gz) : Optional.empty();
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
    Path serviceFile = find(dir, "service-2.json")
        .orElseThrow(() -> new ModelException("no service-2.json in " + dir));
    // botocore's loader merges service-2.sdk-extras.json into the model (rds SourceRegion, ...).
    Optional<Path> extrasFile = find(dir, "service-2.sdk-extras.json");
    ObjectNode extras = extrasFile.isPresent() ? SdkExtras.read(extrasFile.get()) : null;
    Optional<Path> paginatorsFile = find(dir, "paginators-1.json");
    try {
      return BotocoreModelReader.read(
          serviceName,
          Json.bytes(serviceFile),
          extras,
          paginatorsFile.isPresent() ? paginators(paginatorsFile.get(), find(dir, "paginators-1.sdk-extras.json")) : null,
          new DocumentationLoader(serviceFile, extras),
          () -> find(dir, "endpoint-rule-set-1.json").map(Json::read),
          () -> find(dir, "waiters-2.json").map(Json::read),
          describe(dir));
    } catch (IOException e) {
      throw new ModelException("cannot read " + serviceFile
          + (paginatorsFile.isPresent() ? " or " + paginatorsFile.get() : "") + ": " + e.getMessage(), e);
    }
  }

  // botocore merges paginators-1.sdk-extras.json too: S3's non-aggregate keys (Prefix,
  // RequestCharged) come from there, and the CLI prints them in merged listings.
  private static byte[] paginators(Path file, Optional<Path> extrasFile) throws IOException {
    byte[] bytes = Json.bytes(file);
    if (extrasFile.isEmpty()) {
      return bytes;
    }
    ObjectNode extra = SdkExtras.read(extrasFile.get());
    if (extra == null) {
      return bytes;
    }
    JsonNode merged;
    try (com.fasterxml.jackson.core.JsonParser p = Json.parser(bytes)) {
      p.nextToken();
      merged = SdkExtras.merge(Json.tree(p), extra);
    }
    return Json.write(merged);
  }

  // "botocore 1.43.11 (<dir>)". A StringBuilder, not +: the first string concatenation of a JVM
  // bootstraps invokedynamic machinery, a few milliseconds of a cold load.
  private String describe(Path dir) {
    StringBuilder sb = new StringBuilder("botocore");
    version.ifPresent(v -> sb.append(' ').append(v));
    return sb.append(" (").append(dir).append(')').toString();
  }

  /**
   * The second, documentation-only pass over a service's file. A class, not a lambda: a lambda
   * capturing the extras would load jackson-databind's node classes on every load.
   */
  private static final class DocumentationLoader implements Supplier<ModelDocumentation> {
    private final Path serviceFile;
    private final ObjectNode extras;

    DocumentationLoader(Path serviceFile, ObjectNode extras) {
      this.serviceFile = serviceFile;
      this.extras = extras;
    }

    @Override
    public ModelDocumentation get() {
      try {
        return BotocoreModelReader.readDocumentation(Json.bytes(serviceFile), extras);
      } catch (IOException e) {
        throw new ModelException("cannot read documentation from " + serviceFile + ": " + e.getMessage(), e);
      }
    }
  }
}
