package dev.awsmcp.core.protocol.conformance;

import java.util.Optional;

/**
 * Compares a request body with a test's expected body in one media type's terms (JSON
 * structurally, form data as parameter sets, XML as elements). Protocols plug theirs into
 * {@link BodyComparers}.
 */
@FunctionalInterface
interface BodyComparer {
  /** The first difference, or empty when the bodies mean the same. */
  Optional<String> difference(String expected, byte[] actual);
}
