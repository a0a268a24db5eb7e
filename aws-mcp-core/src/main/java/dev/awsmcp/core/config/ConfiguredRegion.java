package dev.awsmcp.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The region a command uses when it names none: an explicit setting, else {@code AWS_REGION},
 * else {@code AWS_DEFAULT_REGION}, else the {@code region} of the profile in the AWS config file
 * (the profile named by {@code --profile}, else the configured one). The config file is read
 * once, on first need.
 */
public final class ConfiguredRegion implements Function<Optional<String>, Optional<String>> {
  private final Optional<String> explicit;
  private final Optional<String> defaultProfile;
  private final Map<String, String> environment;
  private final Map<String, Optional<String>> profileRegions = new ConcurrentHashMap<>();
  private volatile ProfileFile profileFile;

  /**
   * @param explicit a region set on the builder, if any
   * @param defaultProfile the profile used when a command names none
   * @param environment the process environment (injected for tests)
   */
  public ConfiguredRegion(Optional<String> explicit, Optional<String> defaultProfile, Map<String, String> environment) {
    this.explicit = explicit;
    this.defaultProfile = defaultProfile;
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Optional<String> apply(Optional<String> profile) {
    if (explicit.isPresent()) {
      return explicit;
    }
    if (profile.isEmpty()) {
      for (String variable : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        String v = environment.get(variable);
        if (v != null && !v.isBlank()) {
          return Optional.of(v.trim());
        }
      }
    }
    String name = profile.or(() -> defaultProfile).orElse(environment.getOrDefault("AWS_PROFILE", "default"));
    return profileRegions.computeIfAbsent(name, this::regionOfProfile);
  }

  // Honour AWS_CONFIG_FILE from the given environment, not only the process's.
  private ProfileFile loadProfileFile() {
    String configFile = environment.get("AWS_CONFIG_FILE");
    if (configFile == null) {
      return ProfileFile.defaultProfileFile();
    }
    Path path = Paths.get(configFile);
    if (!Files.isRegularFile(path)) {
      return ProfileFile.aggregator().build();
    }
    return ProfileFile.builder().content(path).type(ProfileFile.Type.CONFIGURATION).build();
  }

  private Optional<String> regionOfProfile(String name) {
    try {
      ProfileFile file = profileFile;
      if (file == null) {
        file = loadProfileFile();
        profileFile = file;
      }
      return file.profile(name).flatMap(p -> p.property(ProfileProperty.REGION));
    } catch (RuntimeException e) {
      // A broken config file leaves the region to the fallback; the executor reports the file.
      return Optional.empty();
    }
  }
}
