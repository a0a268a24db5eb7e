package dev.awsmcp.api.exec;

import java.util.Objects;

/**
 * Says that a response was cut to fit the size cap and how to get the rest.
 *
 * @param originalChars the length of the full rendered response
 * @param returnedChars the length handed back
 * @param hint what to do to see the rest (narrow with {@code --query}, page with
 *     {@code --max-items} and {@code --starting-token}, or write to a file)
 */
public record Truncation(long originalChars, long returnedChars, String hint) {
  public Truncation {
    Objects.requireNonNull(hint, "hint");
  }
}
