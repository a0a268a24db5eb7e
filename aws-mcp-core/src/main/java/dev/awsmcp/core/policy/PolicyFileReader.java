package dev.awsmcp.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a policy file in either format, strictly: an unknown key, a wrong type or a bad entry is
 * an error naming the file and the key, because a typo that silently drops a deny rule is worse
 * than a server that does not start.
 *
 * <pre>{@code
 * // the reference server's ~/.aws/aws-api-mcp/mcp-security-policy.json, read unchanged
 * {"version": "1.0", "policy": {"denyList": ["aws iam delete-user"], "elicitList": ["aws s3api put-object"]}}
 *
 * // ours: wildcards, an allow list, and the modes
 * {"version": "1.0", "deny": ["aws iam *"], "consent": ["aws * delete-*"], "allow": [],
 *  "readOnly": false, "requireMutationConsent": false, "sensitiveReads": "consent"}
 * }</pre>
 */
final class PolicyFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP_LEVEL = Set.of("version", "policy", "deny", "consent", "allow", "readOnly",
      "requireMutationConsent", "sensitiveReads");
  private static final Set<String> REFERENCE_POLICY = Set.of("denyList", "elicitList");

  private PolicyFileReader() {}

  static PolicyRules read(String source, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw error(source, "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw error(source, "must hold a JSON object");
    }
    checkKeys(source, "", root, TOP_LEVEL);
    if (root.has("version") && !root.get("version").isTextual()) {
      throw error(source, "'version' must be a string such as \"1.0\"");
    }
    List<CommandPattern> deny = new ArrayList<>(patterns(source, root, "deny"));
    List<CommandPattern> consent = new ArrayList<>(patterns(source, root, "consent"));
    if (root.has("policy")) {
      JsonNode policy = root.get("policy");
      if (!policy.isObject()) {
        throw error(source, "'policy' must be an object with denyList and elicitList");
      }
      checkKeys(source, "policy.", policy, REFERENCE_POLICY);
      deny.addAll(patterns(source, policy, "denyList"));
      consent.addAll(patterns(source, policy, "elicitList"));
    }
    Optional<SensitiveReads> sensitive = Optional.empty();
    if (root.has("sensitiveReads")) {
      if (!root.get("sensitiveReads").isTextual()) {
        throw error(source, "'sensitiveReads' must be \"allow\", \"consent\" or \"deny\"");
      }
      sensitive = Optional.of(SensitiveReads.parse(root.get("sensitiveReads").asText(), source + ": sensitiveReads"));
    }
    return new PolicyRules(source, deny, consent, patterns(source, root, "allow"),
        bool(source, root, "readOnly"), bool(source, root, "requireMutationConsent"), sensitive);
  }

  private static void checkKeys(String source, String prefix, JsonNode node, Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        throw error(source, "unknown key '" + prefix + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
  }

  private static List<CommandPattern> patterns(String source, JsonNode node, String key) {
    JsonNode list = node.get(key);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw error(source, "'" + key + "' must be a list of commands such as \"aws iam delete-*\"");
    }
    List<CommandPattern> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      if (!entry.isTextual()) {
        throw error(source, key + "[" + i + "] must be a string");
      }
      try {
        out.add(CommandPattern.parse(entry.asText()));
      } catch (IllegalArgumentException e) {
        throw error(source, key + "[" + i + "]: " + e.getMessage());
      }
    }
    return out;
  }

  private static boolean bool(String source, JsonNode root, String key) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw error(source, "'" + key + "' must be true or false");
    }
    return v.asBoolean();
  }

  private static PolicyConfigurationException error(String source, String what) {
    return new PolicyConfigurationException("policy file " + source + ": " + what);
  }
}
