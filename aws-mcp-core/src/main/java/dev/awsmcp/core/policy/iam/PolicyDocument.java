package dev.awsmcp.core.policy.iam;

import java.util.List;
import java.util.Objects;

/**
 * One parsed guard policy.
 *
 * @param id the name decisions give it: the file name, or the id it was loaded with
 * @param version the policy language version, {@code 2012-10-17} or {@code 2008-10-17}
 * @param statements its statements, in order
 */
record PolicyDocument(String id, String version, List<Statement> statements) {

  PolicyDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    statements = List.copyOf(statements);
  }

  boolean hasAllow() {
    return statements.stream().anyMatch(s -> s.effect() == Effect.ALLOW);
  }
}
