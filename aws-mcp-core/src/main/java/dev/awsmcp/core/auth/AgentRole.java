package dev.awsmcp.core.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A role the engine assumes for every call, so AWS itself can tell an agent's calls from a
 * human's: IAM policies can key on the session tags ({@code aws:PrincipalTag/...}) and the
 * source identity ({@code sts:SourceIdentity}), and CloudTrail records both. The role's trust
 * policy must allow {@code sts:TagSession} and {@code sts:SetSourceIdentity} for them.
 *
 * <p>Environment: {@code AWS_MCP_AGENT_ROLE_ARN} (turns it on), {@code AWS_MCP_AGENT_SESSION_NAME}
 * (default {@code aws-mcp-agent}), {@code AWS_MCP_AGENT_SOURCE_IDENTITY} (default
 * {@code aws-mcp-agent}; empty for none), {@code AWS_MCP_AGENT_SESSION_TAGS} ({@code k=v,k2=v2};
 * default {@code agent=aws-mcp}; empty for none).
 *
 * @param roleArn the role to assume
 * @param sessionName the role session name (shown in the assumed-role ARN)
 * @param sourceIdentity the source identity, which sticks through role chaining
 * @param tags session tags
 */
public record AgentRole(String roleArn, String sessionName, Optional<String> sourceIdentity, Map<String, String> tags) {
  public static final String DEFAULT_NAME = "aws-mcp-agent";

  public AgentRole {
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(sessionName, "sessionName");
    Objects.requireNonNull(sourceIdentity, "sourceIdentity");
    tags = Map.copyOf(tags);
    if (!roleArn.startsWith("arn:") || !roleArn.contains(":role/")) {
      throw new IllegalArgumentException("AWS_MCP_AGENT_ROLE_ARN is not a role ARN: " + roleArn);
    }
  }

  /** The agent role the environment configures, if any. */
  public static Optional<AgentRole> fromEnvironment(Map<String, String> env) {
    String arn = env.get("AWS_MCP_AGENT_ROLE_ARN");
    if (arn == null || arn.isBlank()) {
      return Optional.empty();
    }
    String session = Optional.ofNullable(env.get("AWS_MCP_AGENT_SESSION_NAME")).filter(s -> !s.isBlank()).orElse(DEFAULT_NAME);
    String source = env.getOrDefault("AWS_MCP_AGENT_SOURCE_IDENTITY", DEFAULT_NAME).trim();
    return Optional.of(new AgentRole(arn.trim(), session.trim(), source.isEmpty() ? Optional.empty() : Optional.of(source),
        tags(env.getOrDefault("AWS_MCP_AGENT_SESSION_TAGS", "agent=aws-mcp"))));
  }

  private static Map<String, String> tags(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("AWS_MCP_AGENT_SESSION_TAGS: '" + pair.trim() + "' is not key=value");
      }
      out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return out;
  }
}
