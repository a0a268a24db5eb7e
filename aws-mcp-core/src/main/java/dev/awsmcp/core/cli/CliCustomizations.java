package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.model.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The AWS CLI's deviations from the plain model names, as data: irregular names, service
 * renames and aliases, argument renames and aliases, and removed commands (the high-level
 * commands are {@link HighLevelCommands}). Generated from the installed AWS CLI by
 * {@code tools/cli-customizations/export.py} into {@code cli-customizations.json}.
 */
public final class CliCustomizations {
  private static final String RESOURCE = "cli-customizations.json";
  private static volatile CliCustomizations instance;

  private final Map<String, String> irregularNames;
  private final Map<String, String> serviceRenames;
  private final Map<String, String> serviceAliases;
  private final Map<String, String> argumentRenames;
  private final Map<String, String> argumentAliases;
  private final Map<String, Set<String>> removedCommands;

  private CliCustomizations(JsonNode doc) {
    this.irregularNames = stringMap(doc.path("irregularNames"));
    this.serviceRenames = stringMap(doc.path("serviceRenames"));
    this.serviceAliases = stringMap(doc.path("serviceAliases"));
    this.argumentRenames = stringMap(doc.path("argumentRenames"));
    this.argumentAliases = stringMap(doc.path("argumentAliases"));
    this.removedCommands = setMap(doc.path("removedCommands"));
  }

  /** The customizations shipped with this engine. */
  public static CliCustomizations get() {
    CliCustomizations c = instance;
    if (c == null) {
      synchronized (CliCustomizations.class) {
        c = instance;
        if (c == null) {
          c = load();
          instance = c;
        }
      }
    }
    return c;
  }

  private static CliCustomizations load() {
    try (InputStream in = CliCustomizations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ModelException("missing resource " + RESOURCE);
      }
      return new CliCustomizations(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new ModelException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** API name → CLI name where the regular transformation is wrong. */
  public Map<String, String> irregularNames() {
    return irregularNames;
  }

  /** Model name → CLI name where they differ ({@code s3} → {@code s3api}). */
  public Map<String, String> serviceRenames() {
    return serviceRenames;
  }

  /** Extra CLI names → model name (commands the CLI registers as aliases of a service). */
  public Map<String, String> serviceAliases() {
    return serviceAliases;
  }

  /**
   * {@code <cli service>.<cli operation>.<argument>} → new argument name; {@code *} stands for
   * any service or operation. Argument names are without the leading {@code --}.
   */
  public Map<String, String> argumentRenames() {
    return argumentRenames;
  }

  /**
   * {@code <cli service>.<cli operation>.<argument>} → an extra, undocumented name the CLI also
   * accepts for that argument (the original stays).
   */
  public Map<String, String> argumentAliases() {
    return argumentAliases;
  }

  /** CLI service → CLI operation names the CLI does not offer. */
  public Map<String, Set<String>> removedCommands() {
    return removedCommands;
  }

  private static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, Set<String>> setMap(JsonNode node) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      Set<String> values = new LinkedHashSet<>();
      e.getValue().forEach(v -> values.add(v.asText()));
      out.put(e.getKey(), Collections.unmodifiableSet(values));
    });
    return Collections.unmodifiableMap(out);
  }
}
