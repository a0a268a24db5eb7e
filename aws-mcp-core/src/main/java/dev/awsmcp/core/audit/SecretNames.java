package dev.awsmcp.core.audit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names whose values are secrets whatever the model says: the safety net for options, shorthand
 * keys and JSON keys the models do not mark sensitive (high-level commands, documents, custom
 * arguments, unknown services). Names are compared without case, dashes or underscores, so
 * {@code --secret-access-key}, {@code SecretAccessKey} and {@code aws_secret_access_key} are one
 * name.
 */
final class SecretNames {
  // A name containing any of these holds a secret: MasterUserPassword, ClientSecret, PrivateKey...
  private static final List<String> SECRET_PARTS = List.of(
      "password", "passwd", "passphrase", "secretstring", "secretbinary", "secretaccesskey",
      "secretkey", "clientsecret", "sessiontoken", "privatekey", "apikey");

  // Tokens that page or deduplicate requests: not secrets, and useful in an audit.
  private static final Set<String> PUBLIC_TOKENS = Set.of(
      "token", "nexttoken", "startingtoken", "continuationtoken", "paginationtoken", "clienttoken",
      "clientrequesttoken", "idempotencytoken", "pagetoken", "nextpagetoken", "marker");

  private SecretNames() {}

  /** Whether a value under this option or key name is a secret. */
  static boolean isSecret(String name) {
    String n = normalize(name);
    if (n.isEmpty()) {
      return false;
    }
    for (String part : SECRET_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    // --session-token, AccessToken, RefreshToken, IdToken; not --next-token.
    return n.endsWith("token") && !PUBLIC_TOKENS.contains(n);
  }

  private static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
