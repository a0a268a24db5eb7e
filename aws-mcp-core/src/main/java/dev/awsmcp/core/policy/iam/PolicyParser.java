package dev.awsmcp.core.policy.iam;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an IAM policy document into a {@link PolicyDocument}, refusing anything it would not
 * enforce exactly: unknown elements, principals (a guard policy always applies to the engine's
 * caller), duplicate keys or Sids, wrong types. Every refusal names the JSON path.
 */
final class PolicyParser {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
  private static final Set<String> DOCUMENT_KEYS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_KEYS =
      Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
  private static final String ACTION = "(?i)\\*|[a-z0-9*?-]+:[a-z0-9*?_.-]+";

  private final String id;

  private PolicyParser(String id) {
    this.id = id;
  }

  static PolicyDocument parse(String id, String json) {
    return new PolicyParser(id).document(json);
  }

  private PolicyDocument document(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new GuardPolicyException(id, "$", "not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()), e);
    }
    if (root == null || !root.isObject()) {
      throw fault("$", "must be a JSON object with a Statement");
    }
    onlyKnownKeys(root, "$", DOCUMENT_KEYS);
    String version = root.has("Version") ? text(root.get("Version"), "$.Version") : "2008-10-17";
    if (!VERSIONS.contains(version)) {
      throw fault("$.Version", "must be \"2012-10-17\" or \"2008-10-17\", got \"" + version + "\"");
    }
    if (root.has("Id")) {
      text(root.get("Id"), "$.Id");
    }
    JsonNode statements = root.get("Statement");
    if (statements == null || statements.isNull()) {
      throw fault("$", "has no Statement");
    }
    List<Statement> parsed = new ArrayList<>();
    boolean variables = version.equals("2012-10-17");
    if (statements.isObject()) {
      parsed.add(statement(statements, 0, "$.Statement", variables));
    } else if (statements.isArray() && !statements.isEmpty()) {
      for (int i = 0; i < statements.size(); i++) {
        parsed.add(statement(statements.get(i), i, "$.Statement[" + i + "]", variables));
      }
    } else {
      throw fault("$.Statement", "must be a statement object or a non-empty array of them");
    }
    Set<String> sids = new HashSet<>();
    for (Statement s : parsed) {
      if (s.sid().isPresent() && !sids.add(s.sid().get())) {
        throw fault("$.Statement[" + s.index() + "].Sid", "\"" + s.sid().get() + "\" is used by two statements");
      }
    }
    return new PolicyDocument(id, version, parsed);
  }

  private Statement statement(JsonNode node, int index, String path, boolean variables) {
    if (!node.isObject()) {
      throw fault(path, "a statement must be a JSON object");
    }
    if (node.has("Principal") || node.has("NotPrincipal")) {
      throw fault(path, "Principal and NotPrincipal are not supported: a guard policy always applies to the engine's own calls");
    }
    onlyKnownKeys(node, path, STATEMENT_KEYS);
    Optional<String> sid = node.has("Sid") ? Optional.of(text(node.get("Sid"), path + ".Sid")) : Optional.empty();
    String effect = node.has("Effect") ? text(node.get("Effect"), path + ".Effect") : null;
    if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
      throw fault(path + ".Effect", effect == null ? "is missing" : "must be \"Allow\" or \"Deny\", got \"" + effect + "\"");
    }
    boolean notAction = exactlyOne(node, path, "Action", "NotAction");
    String actionKey = notAction ? "NotAction" : "Action";
    List<Glob> actions = new ArrayList<>();
    for (Map.Entry<String, String> a : strings(node.get(actionKey), path + "." + actionKey)) {
      if (!a.getValue().matches(ACTION)) {
        throw fault(a.getKey(), "\"" + a.getValue() + "\" is not an action: use \"*\" or \"prefix:Name\" such as \"s3:GetObject\" or \"ec2:Describe*\"");
      }
      actions.add(Glob.of(a.getValue(), true));
    }
    boolean notResource = exactlyOne(node, path, "Resource", "NotResource");
    String resourceKey = notResource ? "NotResource" : "Resource";
    List<PolicyText> resources = new ArrayList<>();
    for (Map.Entry<String, String> r : strings(node.get(resourceKey), path + "." + resourceKey)) {
      if (!r.getValue().equals("*") && !r.getValue().startsWith("arn:")) {
        throw fault(r.getKey(), "\"" + r.getValue() + "\" is not a resource: use \"*\" or an ARN (wildcards allowed)");
      }
      resources.add(policyText(r.getValue(), variables, r.getKey()));
    }
    List<Condition> conditions = node.has("Condition")
        ? new ConditionParser(this, variables).conditions(node.get("Condition"), path + ".Condition")
        : List.of();
    return new Statement(index, sid, "Allow".equals(effect) ? Effect.ALLOW : Effect.DENY,
        actions, notAction, resources, notResource, conditions);
  }

  private boolean exactlyOne(JsonNode node, String path, String element, String negated) {
    if (node.has(element) == node.has(negated)) {
      throw fault(path, "needs exactly one of " + element + " and " + negated);
    }
    return node.has(negated);
  }

  /** A string or a non-empty array of strings, each with its JSON path. */
  List<Map.Entry<String, String>> strings(JsonNode node, String path) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw fault(path, "must not be an empty array");
      }
      for (int i = 0; i < node.size(); i++) {
        out.add(Map.entry(path + "[" + i + "]", text(node.get(i), path + "[" + i + "]")));
      }
    } else {
      out.add(Map.entry(path, text(node, path)));
    }
    return out;
  }

  PolicyText policyText(String text, boolean variables, String path) {
    try {
      return PolicyText.parse(text, variables);
    } catch (IllegalArgumentException e) {
      throw fault(path, e.getMessage());
    }
  }

  private String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw fault(path, "must be a string, got " + node.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    return node.textValue();
  }

  private void onlyKnownKeys(JsonNode node, String path, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw fault(path + "." + name, "unknown element; expected one of " + new TreeSet<>(known));
      }
    }
  }

  GuardPolicyException fault(String path, String problem) {
    return new GuardPolicyException(id, path, problem);
  }
}
