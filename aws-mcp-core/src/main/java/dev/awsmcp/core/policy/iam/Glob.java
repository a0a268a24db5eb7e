package dev.awsmcp.core.policy.iam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IAM wildcard pattern: {@code *} matches any run of characters, {@code ?} exactly one.
 * Actions match ignoring case, resources and the {@code Like} operators respecting it. Parts
 * that came from policy variables ({@code ${aws:username}}, {@code ${*}}) are literal.
 */
final class Glob {
  private final String text;
  private final Pattern pattern;
  private final Pattern coverPrefix;
  private final boolean onlyStars;

  private Glob(String text, String regex, boolean ignoreCase, String coverRegex, boolean onlyStars) {
    int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    this.text = text;
    this.pattern = Pattern.compile(regex, flags);
    this.coverPrefix = coverRegex == null ? null : Pattern.compile(coverRegex, flags);
    this.onlyStars = onlyStars;
  }

  static Glob of(String wildcards, boolean ignoreCase) {
    return builder(ignoreCase).wildcards(wildcards).build();
  }

  static Builder builder(boolean ignoreCase) {
    return new Builder(ignoreCase);
  }

  boolean matches(String value) {
    return pattern.matcher(value).matches();
  }

  /** Whether this is {@code *} (or {@code **}...): it matches every value, even an unknown one. */
  boolean matchesEverything() {
    return onlyStars;
  }

  /**
   * Whether every value starting with {@code prefix} matches: the pattern ends in {@code *} and
   * what precedes that star matches a prefix of {@code prefix}.
   */
  boolean matchesEveryValueStartingWith(String prefix) {
    return coverPrefix != null && coverPrefix.matcher(prefix).matches();
  }

  /**
   * Whether some value starting with {@code prefix} may match: it matches, or the matcher ran out
   * of input before failing, so a longer value could match.
   */
  boolean mayMatchSomeValueStartingWith(String prefix) {
    Matcher m = pattern.matcher(prefix);
    return m.matches() || m.hitEnd();
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builds a pattern from wildcard text and literal text, in order. */
  static final class Builder {
    private final boolean ignoreCase;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder regex = new StringBuilder();
    // The regex up to the start of the trailing run of stars, or -1 when the pattern does not end in one.
    private int beforeTrailingStars = -1;
    private boolean onlyStars = true;

    private Builder(boolean ignoreCase) {
      this.ignoreCase = ignoreCase;
    }

    Builder wildcards(String wildcards) {
      StringBuilder literal = new StringBuilder();
      for (int i = 0; i < wildcards.length(); i++) {
        char c = wildcards.charAt(i);
        if (c == '*' || c == '?') {
          flush(literal);
          if (c == '*' && beforeTrailingStars < 0) {
            beforeTrailingStars = regex.length();
          } else if (c == '?') {
            beforeTrailingStars = -1;
            onlyStars = false;
          }
          regex.append(c == '*' ? ".*" : ".");
        } else {
          literal.append(c);
        }
      }
      flush(literal);
      text.append(wildcards);
      return this;
    }

    Builder literal(String literal) {
      if (!literal.isEmpty()) {
        regex.append(Pattern.quote(literal));
        beforeTrailingStars = -1;
        onlyStars = false;
        text.append(literal);
      }
      return this;
    }

    private void flush(StringBuilder literal) {
      if (literal.length() > 0) {
        regex.append(Pattern.quote(literal.toString()));
        beforeTrailingStars = -1;
        onlyStars = false;
        literal.setLength(0);
      }
    }

    Glob build() {
      String cover = beforeTrailingStars < 0 ? null : regex.substring(0, beforeTrailingStars) + ".*";
      return new Glob(text.toString(), regex.toString(), ignoreCase, cover, onlyStars && text.length() > 0);
    }
  }
}
