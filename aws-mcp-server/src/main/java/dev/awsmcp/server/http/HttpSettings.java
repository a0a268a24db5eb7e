package dev.awsmcp.server.http;

import dev.awsmcp.core.policy.PolicyConfigurationException;
import dev.awsmcp.core.policy.PolicySettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The streamable HTTP transport's settings, from the environment as the reference server names
 * them ({@code AWS_API_MCP_HOST}, {@code AWS_API_MCP_PORT}, {@code AWS_API_MCP_ALLOWED_HOSTS},
 * {@code AWS_API_MCP_ALLOWED_ORIGINS}, {@code AWS_API_MCP_STATELESS_HTTP}, {@code AUTH_TYPE},
 * {@code AUTH_ISSUER}, {@code AUTH_JWKS_URI}) plus ours ({@code AUTH_AUDIENCE},
 * {@code AWS_MCP_HTTP_BEARER_TOKEN}, {@code AWS_MCP_HTTP_BEARER_TOKEN_FILE},
 * {@code AWS_MCP_HTTP_ALLOW_NO_AUTH}). Serving HTTP without authentication is refused, except on
 * loopback when {@code AWS_MCP_HTTP_ALLOW_NO_AUTH=true} names that choice.
 */
public final class HttpSettings {
  public static final String HOST = "AWS_API_MCP_HOST";
  public static final String PORT = "AWS_API_MCP_PORT";
  public static final String ALLOWED_HOSTS = "AWS_API_MCP_ALLOWED_HOSTS";
  public static final String ALLOWED_ORIGINS = "AWS_API_MCP_ALLOWED_ORIGINS";
  public static final String STATELESS = "AWS_API_MCP_STATELESS_HTTP";
  public static final String AUTH_TYPE = "AUTH_TYPE";
  public static final String AUTH_ISSUER = "AUTH_ISSUER";
  public static final String AUTH_JWKS_URI = "AUTH_JWKS_URI";
  public static final String AUTH_AUDIENCE = "AUTH_AUDIENCE";
  public static final String BEARER_TOKEN = "AWS_MCP_HTTP_BEARER_TOKEN";
  public static final String BEARER_TOKEN_FILE = "AWS_MCP_HTTP_BEARER_TOKEN_FILE";
  public static final String ALLOW_NO_AUTH = "AWS_MCP_HTTP_ALLOW_NO_AUTH";

  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 8000;
  /** Shorter static tokens are refused: guessable. */
  static final int MIN_TOKEN_LENGTH = 16;

  private final String host;
  private final int port;
  private final boolean loopback;
  private final List<String> allowedHosts;
  private final List<String> allowedOrigins;
  private final boolean stateless;
  private final HttpAuthentication authentication;
  private final List<String> warnings;

  private HttpSettings(String host, int port, boolean loopback, List<String> allowedHosts, List<String> allowedOrigins,
      boolean stateless, HttpAuthentication authentication, List<String> warnings) {
    this.host = host;
    this.port = port;
    this.loopback = loopback;
    this.allowedHosts = List.copyOf(allowedHosts);
    this.allowedOrigins = List.copyOf(allowedOrigins);
    this.stateless = stateless;
    this.authentication = authentication;
    this.warnings = List.copyOf(warnings);
  }

  /** @throws HttpConfigurationException when a setting is invalid or the server would be open to anyone */
  public static HttpSettings fromEnvironment(Map<String, String> env) {
    String host = text(env, HOST).orElse(DEFAULT_HOST);
    int port = port(text(env, PORT).orElse(String.valueOf(DEFAULT_PORT)));
    boolean loopback = isLoopback(host);
    List<String> warnings = new ArrayList<>();
    if (!loopback) {
      warnings.add("serving on " + host + ", reachable from other machines; the traffic is not encrypted: put a"
          + " TLS-terminating proxy in front, and set " + ALLOWED_HOSTS + " to the names clients use");
    }
    List<String> hosts = list(env, ALLOWED_HOSTS).orElseGet(() -> defaultHosts(host, port));
    List<String> origins = list(env, ALLOWED_ORIGINS).orElseGet(() -> defaultOrigins(host, port));
    return new HttpSettings(host, port, loopback, hosts, origins, bool(env, STATELESS), authentication(env, loopback), warnings);
  }

  private static HttpAuthentication authentication(Map<String, String> env, boolean loopback) {
    Optional<String> type = text(env, AUTH_TYPE).map(t -> t.toLowerCase(Locale.ROOT));
    Optional<String> token = token(env);
    String how = "set " + AUTH_TYPE + "=oauth with " + AUTH_ISSUER + " and " + AUTH_JWKS_URI + ", or a static token in "
        + BEARER_TOKEN + " (or " + BEARER_TOKEN_FILE + ")";
    if (type.isEmpty()) {
      return token.map(HttpAuthentication::bearerToken)
          .orElseThrow(() -> new HttpConfigurationException("serving MCP over HTTP needs authentication: " + how));
    }
    if (token.isPresent()) {
      throw new HttpConfigurationException(AUTH_TYPE + "=" + type.get() + " and " + BEARER_TOKEN
          + " are both set: choose one way to authenticate");
    }
    switch (type.get()) {
      case "oauth":
        String issuer = text(env, AUTH_ISSUER).orElseThrow(() -> new HttpConfigurationException(
            AUTH_TYPE + "=oauth needs " + AUTH_ISSUER + " (the issuer the JWTs must name)"));
        URI jwks = jwksUri(text(env, AUTH_JWKS_URI).orElseThrow(() -> new HttpConfigurationException(
            AUTH_TYPE + "=oauth needs " + AUTH_JWKS_URI + " (where the issuer publishes its signing keys)")));
        return HttpAuthentication.oauth(issuer, jwks, text(env, AUTH_AUDIENCE));
      case "no-auth":
        if (!loopback) {
          throw new HttpConfigurationException(AUTH_TYPE + "=no-auth is refused on a host other machines can reach ("
              + HOST + "); " + how);
        }
        if (!bool(env, ALLOW_NO_AUTH)) {
          throw new HttpConfigurationException(AUTH_TYPE + "=no-auth lets any local program run AWS commands as you;"
              + " set " + ALLOW_NO_AUTH + "=true to accept that, or " + how);
        }
        return HttpAuthentication.none();
      default:
        throw new HttpConfigurationException(AUTH_TYPE + "=" + type.get() + " is not known: use oauth or no-auth");
    }
  }

  private static Optional<String> token(Map<String, String> env) {
    Optional<String> inline = text(env, BEARER_TOKEN);
    Optional<String> file = text(env, BEARER_TOKEN_FILE);
    if (inline.isPresent() && file.isPresent()) {
      throw new HttpConfigurationException(BEARER_TOKEN + " and " + BEARER_TOKEN_FILE + " are both set: choose one");
    }
    Optional<String> token = inline;
    if (file.isPresent()) {
      try {
        token = Optional.of(Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).strip());
      } catch (IOException | RuntimeException e) {
        throw new HttpConfigurationException(BEARER_TOKEN_FILE + "=" + file.get() + " cannot be read: " + e.getMessage());
      }
    }
    if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
      throw new HttpConfigurationException("the bearer token is shorter than " + MIN_TOKEN_LENGTH
          + " characters, too easy to guess (for example: openssl rand -hex 32)");
    }
    return token;
  }

  private static URI jwksUri(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new HttpConfigurationException(AUTH_JWKS_URI + "=" + value + " is not a URI: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    // Keys fetched in clear could be swapped on the way; plain HTTP only from this machine.
    boolean ok = scheme.equals("https") || scheme.equals("http") && uri.getHost() != null && resolvesToLoopback(uri.getHost());
    if (!ok || uri.getHost() == null) {
      throw new HttpConfigurationException(AUTH_JWKS_URI + "=" + value + " must be an https URL (http only on loopback)");
    }
    return uri;
  }

  private static int port(String value) {
    try {
      int p = Integer.parseInt(value.strip());
      if (p >= 1 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new HttpConfigurationException(PORT + "=" + value + " is not a port (1 to 65535)");
  }

  static boolean isLoopback(String host) {
    try {
      return loopback(host);
    } catch (UnknownHostException e) {
      throw new HttpConfigurationException(HOST + "=" + host + " cannot be resolved: " + e.getMessage());
    }
  }

  private static boolean resolvesToLoopback(String host) {
    try {
      return loopback(host);
    } catch (UnknownHostException e) {
      return false;
    }
  }

  // A name resolving to several addresses is loopback only if every one is.
  private static boolean loopback(String host) throws UnknownHostException {
    return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
  }

  /** How a host appears in a Host header or an origin: an IPv6 address in brackets. */
  private static String hostPart(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static List<String> defaultHosts(String host, int port) {
    Set<String> hosts = new LinkedHashSet<>();
    for (String h : List.of("localhost", "127.0.0.1", hostPart(host))) {
      hosts.add(h);
      hosts.add(h + ":" + port);
    }
    return List.copyOf(hosts);
  }

  private static List<String> defaultOrigins(String host, int port) {
    Set<String> origins = new LinkedHashSet<>();
    for (String scheme : List.of("http://", "https://")) {
      for (String h : List.of("localhost", "127.0.0.1", hostPart(host))) {
        origins.add(scheme + h);
        origins.add(scheme + h + ":" + port);
      }
    }
    return List.copyOf(origins);
  }

  private static boolean bool(Map<String, String> env, String name) {
    try {
      return PolicySettings.bool(env, name);
    } catch (PolicyConfigurationException e) {
      throw new HttpConfigurationException(e.getMessage());
    }
  }

  private static Optional<String> text(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  private static Optional<List<String>> list(Map<String, String> env, String name) {
    return text(env, name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .filter(l -> !l.isEmpty());
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** Whether the host is reachable from this machine only. */
  public boolean isLoopback() {
    return loopback;
  }

  /** Host header values accepted (exact, any case; {@code name:*} accepts any port). */
  public List<String> allowedHosts() {
    return allowedHosts;
  }

  /** Origin header values accepted; a request without Origin (not from a browser) is accepted. */
  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  /** No sessions ({@code AWS_API_MCP_STATELESS_HTTP}): nothing is sent to the client while a call runs, so no consent prompts. */
  public boolean stateless() {
    return stateless;
  }

  public HttpAuthentication authentication() {
    return authentication;
  }

  /** What the operator should know (a host reachable from other machines), for stderr. */
  public List<String> warnings() {
    return warnings;
  }
}
