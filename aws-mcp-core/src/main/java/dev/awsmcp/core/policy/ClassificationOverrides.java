package dev.awsmcp.core.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The operations whose class the general rules get wrong, kept as data
 * ({@code classification-overrides.tsv}): reads that hand out credentials (mutating), reads that
 * reveal secrets (sensitive), and the odd operation whose verb misleads. Keyed by model service
 * name and API operation name.
 */
final class ClassificationOverrides {
  private static final String RESOURCE = "classification-overrides.tsv";
  private static final Map<String, Classification> BY_OPERATION = load();

  private ClassificationOverrides() {}

  static Classification get(String service, String operation) {
    return BY_OPERATION.get(service + ":" + operation);
  }

  static Map<String, Classification> all() {
    return BY_OPERATION;
  }

  private static Map<String, Classification> load() {
    Map<String, Classification> out = new HashMap<>();
    try (InputStream in = ClassificationOverrides.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": want service, operation, class, why");
        }
        OperationClass c = OperationClass.valueOf(f[2].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        if (out.put(f[0].trim() + ":" + f[1].trim(), new Classification(c, "override: " + f[3].trim())) != null) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": " + f[0] + " " + f[1] + " listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
