package dev.awsmcp.core.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A private AWS setup in a temporary folder: config and credentials files and an environment
 * that points at them (and at nothing on this machine: no real profile, no instance metadata).
 */
final class AwsConfigFixture {
  private final Path dir;
  private final Map<String, String> environment = new HashMap<>();

  AwsConfigFixture(Path dir) {
    this.dir = dir;
    environment.put("HOME", dir.toString());
    environment.put("AWS_CONFIG_FILE", dir.resolve("config").toString());
    environment.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString());
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
  }

  AwsConfigFixture config(String text) {
    return write("config", text);
  }

  AwsConfigFixture credentials(String text) {
    return write("credentials", text);
  }

  AwsConfigFixture env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Path dir() {
    return dir;
  }

  Path write(String name, String text, boolean executable) {
    Path file = dir.resolve(name);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      if (executable && !file.toFile().setExecutable(true)) {
        throw new IOException("cannot make " + file + " executable");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private AwsConfigFixture write(String name, String text) {
    write(name, text, false);
    return this;
  }

  Map<String, String> environment() {
    return Map.copyOf(environment);
  }

  CredentialsResolver resolver() {
    return CredentialsResolver.create(Optional.empty(), environment());
  }

  CredentialsResolver resolver(String configuredProfile) {
    return CredentialsResolver.create(Optional.of(configuredProfile), environment());
  }
}
