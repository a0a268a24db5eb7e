package dev.awsmcp.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one policy file says: deny, consent and allow lists, and the modes it switches on.
 *
 * @param source where the rules came from (a path), named in every decision they make
 * @param deny commands refused outright
 * @param consent commands that run only with a human's consent
 * @param allow when not empty, the only commands that may run
 * @param readOnly whether the file switches read-only mode on
 * @param requireMutationConsent whether the file asks consent for every mutating command
 * @param sensitiveReads what the file says about reads that return secrets, if anything
 */
record PolicyRules(String source, List<CommandPattern> deny, List<CommandPattern> consent, List<CommandPattern> allow,
    boolean readOnly, boolean requireMutationConsent, Optional<SensitiveReads> sensitiveReads) {

  PolicyRules {
    Objects.requireNonNull(source, "source");
    deny = List.copyOf(deny);
    consent = List.copyOf(consent);
    allow = List.copyOf(allow);
    Objects.requireNonNull(sensitiveReads, "sensitiveReads");
  }

  static PolicyRules empty(String source) {
    return new PolicyRules(source, List.of(), List.of(), List.of(), false, false, Optional.empty());
  }
}
