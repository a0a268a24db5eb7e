package dev.awsmcp.core.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The shared AWS config and credentials files as the AWS CLI finds them, read from a given
 * environment rather than the process's: {@code AWS_CONFIG_FILE} and
 * {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/config} and {@code ~/.aws/credentials}
 * under {@code HOME} (then {@code USERPROFILE}, then the {@code user.home} property).
 */
public final class AwsConfigFiles {
  private final Path config;
  private final Path credentials;

  private AwsConfigFiles(Path config, Path credentials) {
    this.config = config;
    this.credentials = credentials;
  }

  public static AwsConfigFiles from(Map<String, String> environment) {
    Path home = home(environment);
    return new AwsConfigFiles(
        path(environment.get("AWS_CONFIG_FILE"), home).orElse(home.resolve(".aws").resolve("config")),
        path(environment.get("AWS_SHARED_CREDENTIALS_FILE"), home).orElse(home.resolve(".aws").resolve("credentials")));
  }

  private static Path home(Map<String, String> environment) {
    for (String variable : new String[] {"HOME", "USERPROFILE"}) {
      String v = environment.get(variable);
      if (v != null && !v.isBlank()) {
        return Path.of(v);
      }
    }
    String drive = environment.get("HOMEDRIVE");
    String path = environment.get("HOMEPATH");
    if (drive != null && path != null) {
      return Path.of(drive + path);
    }
    return Path.of(System.getProperty("user.home"));
  }

  private static Optional<Path> path(String value, Path home) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.equals("~") || value.startsWith("~/") || value.startsWith("~\\")) {
      return Optional.of(Path.of(home + value.substring(1)));
    }
    return Optional.of(Path.of(value));
  }

  Path config() {
    return config;
  }

  Path credentials() {
    return credentials;
  }

  /**
   * Both files merged, the credentials file winning where both set a property (as the CLI does).
   * Missing files count as empty.
   *
   * @throws CredentialsException when a file cannot be parsed
   */
  public ProfileFile load() {
    ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
    try {
      if (Files.isRegularFile(credentials)) {
        aggregator.addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build());
      }
      if (Files.isRegularFile(config)) {
        aggregator.addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
      }
      return aggregator.build();
    } catch (RuntimeException e) {
      throw new CredentialsException(CredentialsException.Reason.INVALID_CONFIGURATION, Optional.empty(), List.of(),
          "cannot read the AWS config files (" + describe() + "): " + e.getMessage(), e);
    }
  }

  /** Where the files are and whether they exist, for messages. */
  String describe() {
    List<String> parts = new ArrayList<>();
    parts.add("config file " + config + (Files.isRegularFile(config) ? "" : " (missing)"));
    parts.add("credentials file " + credentials + (Files.isRegularFile(credentials) ? "" : " (missing)"));
    return String.join(", ", parts);
  }
}
