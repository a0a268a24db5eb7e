package dev.awsmcp.core.robustness;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One bad command line and what should become of it. The input is built on demand: some are a
 * megabyte long.
 *
 * @param knownBug set when the engine is known to break its contract on this input: the case
 *     then checks that it still does, and fails once the bug is fixed so that the marker goes
 */
record BadInputCase(String name, Supplier<String> input, Expected expected, Optional<String> knownBug) {

  static BadInputCase of(String name, String input, Expected expected) {
    return new BadInputCase(name, () -> input, expected, Optional.empty());
  }

  static BadInputCase built(String name, Supplier<String> input, Expected expected) {
    return new BadInputCase(name, input, expected, Optional.empty());
  }

  /** This case, marked as breaking the contract today for the reason given. */
  BadInputCase knownBug(String reason) {
    return new BadInputCase(name, input, expected, Optional.of(reason));
  }

  @Override
  public String toString() {
    return knownBug.isPresent() ? name + " [known bug]" : name;
  }
}
