package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a model jar's version is found: pom.properties, Smithy-Tags, Implementation-Version, name. */
class SmithyArtifactVersionTests {
  @TempDir Path tmp;

  @Test
  void pomPropertiesFirst() throws IOException {
    Path jar = jar("weather-2.3.4.jar", Map.of("Smithy-Tags", "g:other:9"),
        Map.of("META-INF/maven/example/weather/pom.properties", "artifactId=weather\nversion=2.3.4\n"));
    SmithyModelSource source = SmithyModelSource.fromPaths(List.of(jar));
    assertEquals(Set.of("weather-forecast"), source.serviceNames());
    assertEquals(Optional.of("weather:2.3.4"), source.version());
  }

  @Test
  void thenSmithyTagsThenImplementationVersionThenFileName() throws IOException {
    assertEquals("sqs:1.0.6", SmithyArtifactVersion.ofJar(
        jar("a.jar", Map.of("Smithy-Tags", "software.amazon.api.models:sqs, software.amazon.api.models:sqs:1.0.6"), Map.of())));
    assertEquals("store:7.0", SmithyArtifactVersion.ofJar(jar("store-7.0.jar", Map.of("Implementation-Version", "7.0"), Map.of())));
    assertEquals("plain.jar", SmithyArtifactVersion.ofJar(jar("plain.jar", Map.of(), Map.of())));
  }

  @Test
  void anUnpackedFolderIsNamedByTheFolder() throws IOException {
    Path folder = tmp.resolve("weather-model");
    Files.createDirectories(folder.resolve("META-INF/smithy"));
    Files.writeString(folder.resolve(SmithyModelSource.MANIFEST), "weather.json\n");
    Files.writeString(folder.resolve("META-INF/smithy/weather.json"), SmithyTestModels.WEATHER);
    SmithyModelSource source = SmithyModelSource.fromPaths(List.of(folder));
    assertEquals(Optional.of("weather-model"), source.version());
    assertEquals(Set.of("weather-forecast"), source.serviceNames());
  }

  // A jar holding the weather model, a manifest with the given attributes, and extra entries.
  private Path jar(String name, Map<String, String> attributes, Map<String, String> entries) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
    Path jar = tmp.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      put(out, SmithyModelSource.MANIFEST, "2024-01-01/weather.json\n");
      put(out, "META-INF/smithy/2024-01-01/weather.json", SmithyTestModels.WEATHER);
      for (Map.Entry<String, String> e : entries.entrySet()) {
        put(out, e.getKey(), e.getValue());
      }
    }
    return jar;
  }

  private static void put(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
