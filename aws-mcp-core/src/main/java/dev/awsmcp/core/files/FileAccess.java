package dev.awsmcp.core.files;

import java.util.Locale;
import java.util.Map;

/**
 * Which local files a command may read or write: the reference server's three modes, set by
 * {@value #ENVIRONMENT_VARIABLE}. Every local path (a {@code file://} or {@code fileb://} value,
 * a shorthand {@code @=} value, a streaming-blob path, {@code --cli-input-json file://...}, an
 * outfile) is checked against the mode by a {@link FileSandbox}.
 */
public enum FileAccess {
  /**
   * The default: a path must resolve, after {@code ~} and {@code $VAR} expansion and symbolic
   * link resolution, inside the working directory.
   */
  WORKDIR("workdir"),
  /** Any regular file the process can read, and any place it can write. */
  UNRESTRICTED("unrestricted"),
  /** No local file at all; an outfile may only be {@code -} (the answer itself). */
  NO_ACCESS("no-access");

  /** The variable the mode is read from, named as in the reference server. */
  public static final String ENVIRONMENT_VARIABLE = "AWS_API_MCP_ALLOW_UNRESTRICTED_LOCAL_FILE_ACCESS";

  private final String spelling;

  FileAccess(String spelling) {
    this.spelling = spelling;
  }

  /** The value of {@value #ENVIRONMENT_VARIABLE} that selects this mode. */
  public String spelling() {
    return spelling;
  }

  /**
   * The mode {@value #ENVIRONMENT_VARIABLE} selects; {@link #WORKDIR} when unset or blank.
   *
   * @throws IllegalArgumentException for any other value: a typo must not quietly widen or
   *     narrow what the agent may touch
   */
  public static FileAccess fromEnvironment(Map<String, String> environment) {
    String value = environment.get(ENVIRONMENT_VARIABLE);
    return value == null || value.isBlank() ? WORKDIR : parse(value);
  }

  /**
   * One of {@code workdir}, {@code unrestricted}, {@code no-access}, or the reference's older
   * boolean spelling ({@code true}/{@code yes}/{@code 1} for unrestricted, {@code false}/
   * {@code no}/{@code 0} for workdir), ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException for anything else, naming the variable and the choices
   */
  public static FileAccess parse(String value) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "workdir":
      case "false":
      case "no":
      case "0":
        return WORKDIR;
      case "unrestricted":
      case "true":
      case "yes":
      case "1":
        return UNRESTRICTED;
      case "no-access":
        return NO_ACCESS;
      default:
        throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must be one of workdir, unrestricted, no-access"
            + " (or true/yes/1 for unrestricted, false/no/0 for workdir), not '" + value + "'");
    }
  }
}
