package dev.awsmcp.core.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds service models, in this order: explicit paths ({@code AWS_MCP_MODELS_PATH} or the
 * builder), Smithy model jars on the classpath, then an installed AWS CLI v2 or botocore. Looks
 * in well-known install folders first and asks {@code python3} only as a last resort.
 */
public final class ModelDiscovery {
  /** The environment variable naming model folders, separated by the path separator. */
  public static final String MODELS_PATH_ENV = "AWS_MCP_MODELS_PATH";

  private ModelDiscovery() {}

  /**
   * The model sources to use, first wins.
   *
   * @param explicitPaths botocore data folders or Smithy JSON files / jars given by the user
   * @param classLoader where to look for Smithy model jars, or null to skip them
   * @param searchInstalled whether to look for an installed AWS CLI v2 or botocore
   */
  public static List<ModelSource> discover(List<Path> explicitPaths, ClassLoader classLoader, boolean searchInstalled) {
    List<ModelSource> sources = new ArrayList<>();
    List<Path> smithyFiles = new ArrayList<>();
    for (Path p : explicitPaths) {
      if (Files.isDirectory(p) && BotocoreModelSource.looksLikeDataFolder(p)) {
        sources.add(BotocoreModelSource.open(p));
      } else if (Files.isDirectory(p.resolve("botocore").resolve("data"))) {
        sources.add(BotocoreModelSource.open(p.resolve("botocore").resolve("data")));
      } else if (Files.exists(p)) {
        smithyFiles.add(p);
      } else {
        throw new ModelException("model path does not exist: " + p);
      }
    }
    if (!smithyFiles.isEmpty()) {
      sources.add(SmithyModelSource.fromPaths(smithyFiles));
    }
    if (classLoader != null) {
      SmithyModelSource jars = SmithyModelSource.fromClassLoader(classLoader);
      if (!jars.serviceNames().isEmpty()) {
        sources.add(jars);
      }
    }
    if (searchInstalled) {
      installedBotocore().ifPresent(p -> sources.add(BotocoreModelSource.open(p)));
    }
    if (sources.isEmpty()) {
      throw new ModelException("no AWS service models found: install the AWS CLI or botocore, "
          + "put Smithy model jars (software.amazon.api.models) on the classpath, or set " + MODELS_PATH_ENV);
    }
    return sources;
  }

  /** Paths from {@code AWS_MCP_MODELS_PATH}, if set. */
  public static List<Path> pathsFromEnvironment(String value) {
    List<Path> paths = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(java.io.File.pathSeparator)) {
        if (!part.isBlank()) {
          paths.add(Paths.get(part.trim()));
        }
      }
    }
    return paths;
  }

  /** The data folder of an installed AWS CLI v2 or botocore, if one is found. */
  public static Optional<Path> installedBotocore() {
    for (Path candidate : wellKnownFolders()) {
      if (Files.isDirectory(candidate) && BotocoreModelSource.looksLikeDataFolder(candidate)) {
        return Optional.of(candidate);
      }
    }
    return askPython();
  }

  private static List<Path> wellKnownFolders() {
    List<Path> out = new ArrayList<>();
    String home = System.getProperty("user.home", "");
    // AWS CLI v2 bundles its own botocore.
    out.add(Paths.get("/usr/local/aws-cli/v2/current/dist/awscli/botocore/data"));
    out.add(Paths.get("/usr/lib/python3/dist-packages/awscli/botocore/data"));
    out.add(Paths.get("/opt/homebrew/opt/awscli/libexec/lib"));
    out.add(Paths.get("C:\\Program Files\\Amazon\\AWSCLIV2\\awscli\\botocore\\data"));
    // Python installs of botocore (pyenv, user site, system).
    addGlob(out, Paths.get(home, ".pyenv", "versions"), "lib");
    addGlob(out, Paths.get(home, ".local", "lib"), null);
    addGlob(out, Paths.get("/usr/local/lib"), null);
    addGlob(out, Paths.get("/usr/lib"), null);
    out.add(Paths.get("/usr/lib/python3/dist-packages/botocore/data"));
    return out;
  }

  // <base>/<version>/lib/pythonX.Y/site-packages/botocore/data, or <base>/pythonX.Y/...
  private static void addGlob(List<Path> out, Path base, String sub) {
    if (!Files.isDirectory(base)) {
      return;
    }
    try (DirectoryStream<Path> level1 = Files.newDirectoryStream(base)) {
      for (Path p : level1) {
        Path libDir = sub == null ? base : p.resolve(sub);
        if (sub == null && !p.getFileName().toString().startsWith("python")) {
          continue;
        }
        if (sub == null) {
          out.add(p.resolve("site-packages/botocore/data"));
          out.add(p.resolve("dist-packages/botocore/data"));
          continue;
        }
        if (!Files.isDirectory(libDir)) {
          continue;
        }
        try (DirectoryStream<Path> pythons = Files.newDirectoryStream(libDir, "python*")) {
          for (Path py : pythons) {
            out.add(py.resolve("site-packages/botocore/data"));
          }
        }
      }
    } catch (IOException e) {
      // An unreadable folder is just not a candidate.
    }
  }

  /** The data folder of the botocore that {@code python3} imports (the AWS CLI v1's), if any. */
  public static Optional<Path> pythonBotocore() {
    return askPython();
  }

  private static Optional<Path> askPython() {
    for (String python : new String[] {"python3", "python"}) {
      try {
        Process p = new ProcessBuilder(python, "-c",
                "import botocore,os;print(os.path.join(os.path.dirname(botocore.__file__),'data'))")
            .redirectErrorStream(true)
            .start();
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          continue;
        }
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (p.exitValue() == 0 && !out.isEmpty()) {
          Path data = Paths.get(out);
          if (Files.isDirectory(data)) {
            return Optional.of(data);
          }
        }
      } catch (IOException e) {
        // No such interpreter.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
