package dev.awsmcp.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Names the artifact a Smithy model came from, for {@code aws-mcp models}: {@code artifact:version}
 * when the jar says (its {@code META-INF/maven/.../pom.properties}, else the {@code Smithy-Tags}
 * manifest attribute AWS's model jars carry, e.g. {@code software.amazon.api.models:sqs:1.0.6},
 * else {@code Implementation-Version}), otherwise the file name.
 */
final class SmithyArtifactVersion {
  private SmithyArtifactVersion() {}

  /** The label of the jar or file holding a resource URL ({@code jar:file:...!/...} or {@code file:...}). */
  static String of(URL resource) {
    String spec = resource.toString();
    if (spec.startsWith("jar:file:")) {
      int bang = spec.indexOf("!/");
      try {
        Path jar = Paths.get(URI.create(spec.substring("jar:".length(), bang < 0 ? spec.length() : bang)));
        return ofJar(jar);
      } catch (RuntimeException e) {
        // Fall through to the name in the URL.
      }
    }
    String path = resource.getPath();
    int bang = path.indexOf("!/");
    String file = bang < 0 ? path : path.substring(0, bang);
    // A manifest in a plain folder (target/classes, an unpacked jar) is named by that folder.
    String suffix = "/" + SmithyModelSource.MANIFEST;
    if (bang < 0 && file.endsWith(suffix)) {
      file = file.substring(0, file.length() - suffix.length());
    }
    return file.substring(file.lastIndexOf('/') + 1);
  }

  static String ofJar(Path jar) {
    String fileName = jar.getFileName().toString();
    if (!Files.isRegularFile(jar)) {
      return fileName;
    }
    try (JarFile jf = new JarFile(jar.toFile(), false)) {
      String fromPom = fromPomProperties(jf);
      if (fromPom != null) {
        return fromPom;
      }
      Manifest manifest = jf.getManifest();
      if (manifest != null) {
        Attributes main = manifest.getMainAttributes();
        String fromTags = fromSmithyTags(main.getValue("Smithy-Tags"));
        if (fromTags != null) {
          return fromTags;
        }
        String implementation = main.getValue("Implementation-Version");
        if (implementation != null) {
          return fileName.replaceFirst("-\\Q" + implementation + "\\E\\.jar$", "") + ":" + implementation;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The version is only reported; the file name will do.
    }
    return fileName;
  }

  private static String fromPomProperties(JarFile jf) throws IOException {
    for (Enumeration<JarEntry> entries = jf.entries(); entries.hasMoreElements(); ) {
      JarEntry entry = entries.nextElement();
      String name = entry.getName();
      if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
        Properties props = new Properties();
        try (InputStream in = jf.getInputStream(entry)) {
          props.load(in);
        }
        String artifact = props.getProperty("artifactId");
        String version = props.getProperty("version");
        if (artifact != null && version != null) {
          return artifact + ":" + version;
        }
      }
    }
    return null;
  }

  // "software.amazon.api.models:dynamodb:1.0.14, software.amazon.api.models:dynamodb, ..."
  static String fromSmithyTags(String tags) {
    if (tags == null) {
      return null;
    }
    for (String tag : tags.split(",")) {
      String[] parts = tag.trim().split(":");
      if (parts.length == 3 && !parts[1].isEmpty() && !parts[2].isEmpty()) {
        return parts[1] + ":" + parts[2];
      }
    }
    return null;
  }
}
