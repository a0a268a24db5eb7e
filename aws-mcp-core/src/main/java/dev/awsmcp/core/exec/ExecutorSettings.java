package dev.awsmcp.core.exec;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The limits and environment of execution, in one immutable place.
 *
 * @param connectTimeout how long to wait for a connection (default 10 s, the CLI's)
 * @param readTimeout how long to wait for an answer once connected (default 60 s, the CLI's)
 * @param maxAttempts requests per call including retries ({@code AWS_MAX_ATTEMPTS}, default 3)
 * @param maxResponseChars the longest compact-JSON response handed back before it is cut
 *     (default 100,000 characters, roughly 25k tokens)
 * @param workingDirectory where relative output files go and where they must stay
 *     ({@code AWS_API_MCP_WORKING_DIR}, default {@code <tmp>/aws-api-mcp/workdir})
 * @param userAgent the {@code User-Agent} sent with every request
 */
public record ExecutorSettings(
    Duration connectTimeout,
    Duration readTimeout,
    int maxAttempts,
    int maxResponseChars,
    Path workingDirectory,
    String userAgent) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final int DEFAULT_MAX_RESPONSE_CHARS = 100_000;
  public static final String VERSION = "0.1.0";

  public ExecutorSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(userAgent, "userAgent");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("maxAttempts must be between 1 and 20: " + maxAttempts);
    }
    if (maxResponseChars < 256) {
      throw new IllegalArgumentException("maxResponseChars must be at least 256: " + maxResponseChars);
    }
  }

  /** The defaults, adjusted by the reference server's environment variables. */
  public static ExecutorSettings fromEnvironment(Map<String, String> env) {
    int attempts = DEFAULT_MAX_ATTEMPTS;
    String max = env.get("AWS_MAX_ATTEMPTS");
    if (max != null && !max.isBlank()) {
      try {
        attempts = Integer.parseInt(max.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("AWS_MAX_ATTEMPTS is not a number: " + max);
      }
    }
    String dir = env.get("AWS_API_MCP_WORKING_DIR");
    Path workdir = dir != null && !dir.isBlank()
        ? Paths.get(dir)
        : Paths.get(System.getProperty("java.io.tmpdir"), "aws-api-mcp", "workdir");
    return new ExecutorSettings(
        seconds(env, "AWS_MCP_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT),
        seconds(env, "AWS_MCP_READ_TIMEOUT", DEFAULT_READ_TIMEOUT),
        attempts, DEFAULT_MAX_RESPONSE_CHARS, workdir, defaultUserAgent());
  }

  private static Duration seconds(Map<String, String> env, String name, Duration fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Duration.ofMillis(Math.round(Double.parseDouble(v.trim()) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number of seconds: " + v);
    }
  }

  static String defaultUserAgent() {
    return "aws-mcp/" + VERSION + " md/awsmcp#aws-mcp#" + VERSION
        + " lang/java#" + System.getProperty("java.specification.version")
        + " os/" + System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  /**
   * The same settings with the agent's client named in the user agent ({@code md/client#claude-code_1.2}),
   * so CloudTrail shows which tool made a call. Characters outside {@code [A-Za-z0-9._+-]} become {@code _}.
   */
  public ExecutorSettings withClient(String client) {
    String name = client.trim().replaceAll("[^A-Za-z0-9._+-]", "_");
    if (name.isEmpty()) {
      return this;
    }
    return new ExecutorSettings(connectTimeout, readTimeout, maxAttempts, maxResponseChars, workingDirectory,
        userAgent + " md/client#" + name);
  }

  public ExecutorSettings withTimeouts(Duration connect, Duration read) {
    return new ExecutorSettings(connect, read, maxAttempts, maxResponseChars, workingDirectory, userAgent);
  }

  public ExecutorSettings withMaxAttempts(int attempts) {
    return new ExecutorSettings(connectTimeout, readTimeout, attempts, maxResponseChars, workingDirectory, userAgent);
  }

  public ExecutorSettings withMaxResponseChars(int chars) {
    return new ExecutorSettings(connectTimeout, readTimeout, maxAttempts, chars, workingDirectory, userAgent);
  }

  public ExecutorSettings withWorkingDirectory(Path dir) {
    return new ExecutorSettings(connectTimeout, readTimeout, maxAttempts, maxResponseChars, dir, userAgent);
  }
}
