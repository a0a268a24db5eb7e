package dev.awsmcp.core.docs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides which page addresses may be fetched, so an agent cannot use the client to reach other
 * hosts (server-side request forgery): only {@code https://docs.aws.amazon.com/...} pages, without
 * user info, another port or an IP literal, and redirects only back to those pages or to the
 * configured pages origin. Addresses are normalized (no query, fragment or dot segments), which
 * also makes them good cache keys. Immutable and thread-safe.
 */
final class DocsUrlPolicy {
  // Dotted, or a bare number some resolvers take as an address (http://2130706433/).
  private static final Pattern IPV4_LIKE = Pattern.compile("^[0-9.]+$|^0x[0-9a-f.x]+$");

  private final URI pagesOrigin;

  DocsUrlPolicy(DocsEndpoints endpoints) {
    this.pagesOrigin = endpoints.pages();
  }

  /** The outcome of a check: the canonical page address, or why it was refused. */
  record Verdict(Optional<URI> page, String refusal) {
    static Verdict allow(URI page) {
      return new Verdict(Optional.of(page), "");
    }

    static Verdict refuse(String why) {
      return new Verdict(Optional.empty(), why);
    }
  }

  /** Checks an address an agent gave. */
  Verdict check(String address) {
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (URISyntaxException e) {
      return Verdict.refuse("not a URL: " + e.getReason());
    }
    return checkAbsolute(uri);
  }

  private Verdict checkAbsolute(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https")) {
      return Verdict.refuse("only https://" + DocsEndpoints.DOCS_HOST + "/ pages are read, not "
          + (scheme.isEmpty() ? "a relative address" : scheme + ": addresses"));
    }
    if (uri.getRawUserInfo() != null) {
      return Verdict.refuse("addresses with user info are refused");
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") || IPV4_LIKE.matcher(host).matches()) {
      return Verdict.refuse("IP addresses are refused; only " + DocsEndpoints.DOCS_HOST + " is read");
    }
    if (!host.equals(DocsEndpoints.DOCS_HOST)) {
      return Verdict.refuse("only " + DocsEndpoints.DOCS_HOST + " is read, not "
          + (host.isEmpty() ? "an address without a host" : host));
    }
    if (uri.getPort() != -1 && uri.getPort() != 443) {
      return Verdict.refuse("only the standard https port is used, not " + uri.getPort());
    }
    String path = uri.normalize().getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    if (!path.startsWith("/") || path.startsWith("/..")) {
      return Verdict.refuse("the path leaves the documentation: " + path);
    }
    return Verdict.allow(URI.create("https://" + DocsEndpoints.DOCS_HOST + path));
  }

  /** Where a canonical page is fetched from: the same path on the configured pages origin. */
  URI fetchAddress(URI page) {
    return URI.create(pagesOrigin.toString().replaceAll("/+$", "") + page.getRawPath());
  }

  /**
   * Checks a redirect: {@code location} as the answer from {@code fetched} gave it. Allowed when it
   * leads to a documentation page, or to the configured pages origin (a mirror's own redirects);
   * the verdict holds the canonical page either way.
   */
  Verdict checkRedirect(URI fetched, String location) {
    URI target;
    try {
      target = fetched.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Verdict.refuse("redirected to an address that is not a URL: " + location);
    }
    if (sameOrigin(target, pagesOrigin) && target.getRawUserInfo() == null) {
      String path = target.normalize().getRawPath();
      return path == null || !path.startsWith("/") || path.startsWith("/..")
          ? Verdict.refuse("redirected outside the documentation: " + location)
          : Verdict.allow(URI.create("https://" + DocsEndpoints.DOCS_HOST + path));
    }
    Verdict v = checkAbsolute(target);
    return v.page().isPresent() ? v : Verdict.refuse("redirected to " + target + ", which is refused: " + v.refusal());
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  private static int effectivePort(URI u) {
    if (u.getPort() != -1) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
