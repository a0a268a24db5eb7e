package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.command.RegionSource;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses a command's region like the reference server: {@code --region}; else the region a
 * service is pinned to; else the region inside the first ARN among the arguments; else the
 * configured default for the profile; else {@code us-east-1}.
 */
final class RegionResolver {
  static final String FALLBACK = "us-east-1";

  // Services that exist in one region only, so any other region fails.
  private static final Map<String, String> PINNED = Map.of(
      "devicefarm", "us-west-2",
      "route53domains", "us-east-1",
      "globalaccelerator", "us-west-2");

  private final Function<Optional<String>, Optional<String>> configuredRegion;

  /** @param configuredRegion the configured default region for a profile (empty = default profile) */
  RegionResolver(Function<Optional<String>, Optional<String>> configuredRegion) {
    this.configuredRegion = configuredRegion;
  }

  /** The {@code --region} value that runs a command in every enabled region. */
  static final String EVERY_REGION = "*";

  record Choice(String region, RegionSource source) {}

  Choice resolve(String service, Optional<String> option, Optional<String> profile, JsonNode params) {
    if (option.isPresent()) {
      return new Choice(option.get(), option.get().equals(EVERY_REGION) ? RegionSource.EVERY_ENABLED_REGION : RegionSource.OPTION);
    }
    String pinned = PINNED.get(service);
    if (pinned != null) {
      return new Choice(pinned, RegionSource.PINNED);
    }
    Optional<String> fromArn = firstArnRegion(params, 0);
    if (fromArn.isPresent()) {
      return new Choice(fromArn.get(), RegionSource.ARN);
    }
    Optional<String> configured = configuredRegion.apply(profile);
    if (configured.isPresent() && !configured.get().isBlank()) {
      return new Choice(configured.get(), RegionSource.CONFIGURED);
    }
    return new Choice(FALLBACK, RegionSource.DEFAULT);
  }

  private static Optional<String> firstArnRegion(JsonNode node, int depth) {
    if (node == null || depth > 32) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return arnRegion(node.textValue());
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        Optional<String> r = firstArnRegion(it.next(), depth + 1);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  /** The region field of an ARN ({@code arn:partition:service:region:account:resource}), if set. */
  static Optional<String> arnRegion(String value) {
    if (!value.startsWith("arn:")) {
      return Optional.empty();
    }
    String[] parts = value.split(":", 6);
    if (parts.length < 6 || parts[3].isEmpty() || !parts[3].matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
      return Optional.empty();
    }
    return Optional.of(parts[3]);
  }
}
