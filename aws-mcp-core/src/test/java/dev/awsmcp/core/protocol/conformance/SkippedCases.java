package dev.awsmcp.core.protocol.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conformance cases known not to pass, each with its reason, read from
 * {@code protocol-tests/skipped.tsv}: one case a line,
 * {@code id<TAB>protocol<TAB>kind<TAB>reason} (kind: request, response or error); blank lines and
 * lines starting with {@code #} are comments. A reason starting with {@code by design:} marks a
 * case where this engine deliberately does what botocore does rather than what Smithy asks;
 * any other reason is a gap.
 */
final class SkippedCases {
  static final String RESOURCE = "protocol-tests/skipped.tsv";
  static final String BY_DESIGN = "by design:";
  private static final Set<String> KINDS = Set.of("request", "response", "error");

  private final Map<String, String> reasons;

  private SkippedCases(Map<String, String> reasons) {
    this.reasons = Collections.unmodifiableMap(reasons);
  }

  static SkippedCases load() {
    Map<String, String> reasons = new LinkedHashMap<>();
    try (InputStream in = SkippedCases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 4);
        if (parts.length < 4 || parts[3].isBlank() || !KINDS.contains(parts[2])) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected id, protocol, kind and a reason");
        }
        if (reasons.put(parts[0] + "\t" + parts[1] + "\t" + parts[2], parts[3].trim()) != null) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": duplicate " + parts[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SkippedCases(reasons);
  }

  Optional<String> reason(ConformanceCase c) {
    return Optional.ofNullable(reasons.get(c.key()));
  }

  /** Whether the case is skipped because the engine follows botocore there, not Smithy. */
  boolean byDesign(ConformanceCase c) {
    return reason(c).map(r -> r.startsWith(BY_DESIGN)).orElse(false);
  }

  /** Every entry as {@code id<TAB>protocol<TAB>kind} → reason. */
  Map<String, String> all() {
    return reasons;
  }
}
