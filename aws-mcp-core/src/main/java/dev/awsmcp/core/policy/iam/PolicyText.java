package dev.awsmcp.core.policy.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Resource entry or a String/Arn condition value: text with wildcards and, in policies of
 * version {@code 2012-10-17}, policy variables such as {@code ${aws:RequestedRegion}} or {@code
 * ${awsmcp:Profile, 'default'}}. {@code ${*}}, {@code ${?}} and {@code ${$}} stand for the
 * literal characters. A variable whose key the request lacks (and that has no default) makes the
 * entry match nothing, as in IAM. Variable values are literal text, never wildcards.
 */
final class PolicyText {
  private sealed interface Part permits Wildcards, Literal, Variable {}
  private record Wildcards(String text) implements Part {}
  private record Literal(String text) implements Part {}
  private record Variable(String key, Optional<String> fallback) implements Part {}

  private final String source;
  private final List<Part> parts;
  private final Glob fixedCaseSensitive;

  private PolicyText(String source, List<Part> parts) {
    this.source = source;
    this.parts = List.copyOf(parts);
    this.fixedCaseSensitive = parts.stream().anyMatch(p -> p instanceof Variable) ? null : glob(parts, false);
  }

  /**
   * Parses {@code text}; with {@code variables} false (policy version {@code 2008-10-17}) it is
   * taken as written.
   *
   * @throws IllegalArgumentException for an unterminated or empty variable
   */
  static PolicyText parse(String text, boolean variables) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (variables && i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        break;
      }
      int end = text.indexOf('}', start);
      if (end < 0) {
        throw new IllegalArgumentException("unterminated policy variable in '" + text + "'");
      }
      parts.add(new Wildcards(text.substring(i, start)));
      parts.add(variable(text.substring(start + 2, end).trim(), text));
      i = end + 1;
    }
    parts.add(new Wildcards(text.substring(i)));
    return new PolicyText(text, parts);
  }

  private static Part variable(String body, String text) {
    if (body.equals("*") || body.equals("?") || body.equals("$")) {
      return new Literal(body);
    }
    int comma = body.indexOf(',');
    String key = (comma < 0 ? body : body.substring(0, comma)).trim();
    if (key.isEmpty()) {
      throw new IllegalArgumentException("empty policy variable in '" + text + "'");
    }
    if (comma < 0) {
      return new Variable(key, Optional.empty());
    }
    String fallback = body.substring(comma + 1).trim();
    if (fallback.length() < 2 || !fallback.startsWith("'") || !fallback.endsWith("'")) {
      throw new IllegalArgumentException("a policy variable's default must be quoted: '" + text + "'");
    }
    return new Variable(key, Optional.of(fallback.substring(1, fallback.length() - 1)));
  }

  /** The entry as a wildcard pattern for this request; empty when a variable cannot be resolved. */
  Optional<Glob> glob(RequestContext request, boolean ignoreCase) {
    if (fixedCaseSensitive != null && !ignoreCase) {
      return Optional.of(fixedCaseSensitive);
    }
    return resolved(request).map(p -> glob(p, ignoreCase));
  }

  /** The entry as plain text for this request (wildcards are ordinary characters here). */
  Optional<String> text(RequestContext request) {
    return resolved(request).map(ps -> {
      StringBuilder out = new StringBuilder();
      ps.forEach(p -> out.append(p instanceof Wildcards w ? w.text() : ((Literal) p).text()));
      return out.toString();
    });
  }

  private Optional<List<Part>> resolved(RequestContext request) {
    List<Part> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      if (p instanceof Variable v) {
        List<String> values = request.values(v.key());
        // Multi-valued keys cannot be variables in IAM either.
        Optional<String> value = values.size() == 1 ? Optional.of(values.get(0)) : v.fallback();
        if (value.isEmpty()) {
          return Optional.empty();
        }
        out.add(new Literal(value.get()));
      } else {
        out.add(p);
      }
    }
    return Optional.of(out);
  }

  private static Glob glob(List<Part> parts, boolean ignoreCase) {
    Glob.Builder b = Glob.builder(ignoreCase);
    for (Part p : parts) {
      if (p instanceof Wildcards w) {
        b.wildcards(w.text());
      } else {
        b.literal(((Literal) p).text());
      }
    }
    return b.build();
  }

  @Override
  public String toString() {
    return source;
  }
}
