package dev.awsmcp.core.docs;

import dev.awsmcp.api.DocsClient;
import dev.awsmcp.core.cli.CliServiceTable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds {@link DocsClient}s. Build once and share: a client is thread-safe, pools its
 * connections and builds its offline index once.
 *
 * <pre>{@code
 * DocsClient docs = DocsClients.builder().models(engine.cliServices()).build();
 * docs.search("s3 bucket naming rules").value().ifPresent(hits -> ...);
 * }</pre>
 */
public final class DocsClients {
  /** How long a cached answer counts as fresh by default. */
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofDays(1);
  /** How long one exchange with an endpoint may take by default (headers; the body gets as long again). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** The largest answer read by default. */
  public static final long DEFAULT_MAX_BYTES = 10L << 20;

  private static final String USER_AGENT = "aws-mcp-docs-client/0.1";

  private DocsClients() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link DocsClient}. Not thread-safe. */
  public static final class Builder {
    private DocsEndpoints endpoints = DocsEndpoints.aws();
    private Path cacheDirectory;
    private Duration cacheTtl = DEFAULT_CACHE_TTL;
    private Duration timeout = DEFAULT_TIMEOUT;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private boolean offline;
    private CliServiceTable models;
    private Map<String, String> environment = System.getenv();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Where pages, searches and recommendations come from. Default: AWS's public endpoints. */
    public Builder endpoints(DocsEndpoints endpoints) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
      return this;
    }

    /**
     * Where answers are cached. Default: {@code AWS_MCP_DOCS_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/aws-mcp/docs}, else {@code ~/.cache/aws-mcp/docs}.
     */
    public Builder cacheDirectory(Path dir) {
      this.cacheDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** How long a cached answer is served without asking the network. Default: one day. */
    public Builder cacheTtl(Duration ttl) {
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("negative cache TTL: " + ttl);
      }
      this.cacheTtl = ttl;
      return this;
    }

    /** The time one exchange may take. Default: 10 s. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The largest answer read, in bytes; larger ones fail with RESPONSE_TOO_LARGE. Default: 10 MiB. */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes too small: " + bytes);
      }
      this.maxBytes = bytes;
      return this;
    }

    /** Never use the network: search the local models, read cached pages and model reference pages. Default: false. */
    public Builder offline(boolean offline) {
      this.offline = offline;
      return this;
    }

    /** The local models for offline search and {@code aws SERVICE OPERATION} pages. Default: none. */
    public Builder models(CliServiceTable models) {
      this.models = models;
      return this;
    }

    /** The environment the default cache directory is read from. Default: the process environment. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    // Tests age the cache without waiting.
    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public DocsClient build() {
      Path dir = cacheDirectory != null ? cacheDirectory : DocsCache.defaultDirectory(environment);
      PageConverter converter = new PageConverter();
      Optional<CliServiceTable> m = Optional.ofNullable(models);
      return new AwsDocsClient(endpoints, new DocsHttp(timeout, maxBytes, USER_AGENT), new DocsCache(dir, cacheTtl, clock),
          m.map(s -> new ModelReferencePage(s, converter)), m.map(ModelDocsIndex::of), offline);
    }
  }
}
