package dev.awsmcp.core.robustness;

import java.util.function.Supplier;

/**
 * One bad command line and what should become of it. The input is built on demand: some are a
 * megabyte long.
 */
record BadInputCase(String name, Supplier<String> input, Expected expected) {

  static BadInputCase of(String name, String input, Expected expected) {
    return new BadInputCase(name, () -> input, expected);
  }

  static BadInputCase built(String name, Supplier<String> input, Expected expected) {
    return new BadInputCase(name, input, expected);
  }

  @Override
  public String toString() {
    return name;
  }
}
