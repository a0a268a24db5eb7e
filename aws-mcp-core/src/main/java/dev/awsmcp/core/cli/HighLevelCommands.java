package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.model.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AWS CLI's commands that are not API operations ({@code s3 cp}, {@code <svc> wait ...},
 * {@code deploy push}, ...) with their argparse argument specs, generated from the installed CLI
 * by {@code tools/cli-customizations/export_high_level.py} into {@code high-level-commands.json}.
 * Key {@code ""} holds the top-level commands that are not services ({@code s3}, {@code configure}).
 */
final class HighLevelCommands {
  private static final String RESOURCE = "high-level-commands.json";
  private static volatile JsonNode doc;

  private HighLevelCommands() {}

  private static JsonNode doc() {
    JsonNode d = doc;
    if (d == null) {
      synchronized (HighLevelCommands.class) {
        d = doc;
        if (d == null) {
          try (InputStream in = HighLevelCommands.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new ModelException("missing resource " + RESOURCE);
            }
            d = new ObjectMapper().readTree(in);
          } catch (IOException e) {
            throw new ModelException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
          }
          doc = d;
        }
      }
    }
    return d;
  }

  /** The top-level commands that are not services. */
  static Set<String> topLevel() {
    return names(doc().path(""));
  }

  /** The high-level commands of a CLI service (for {@code s3}: cp, ls, ...). */
  static Set<String> of(String cliService) {
    JsonNode top = doc().path("").path(cliService).path("subcommands");
    return names(top.isMissingNode() ? doc().path(cliService) : top);
  }

  /** The spec of one high-level command. */
  static Optional<JsonNode> spec(String cliService, String command) {
    JsonNode top = doc().path("").path(cliService).path("subcommands").path(command);
    if (!top.isMissingNode()) {
      return Optional.of(top);
    }
    JsonNode node = doc().path(cliService).path(command);
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  private static Set<String> names(JsonNode node) {
    Set<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
