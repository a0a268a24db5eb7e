package dev.awsmcp.core.cli;

import java.util.concurrent.ThreadLocalRandom;

/**
 * cloudfront's {@code unique_string(prefix='cli')}: {@code <prefix>-<epoch seconds>-<random 1..1000000>},
 * the caller references and origin ids the CLI makes up. Different on every call, as in the CLI.
 */
final class CliUniqueString {
  private CliUniqueString() {}

  static String next(String prefix) {
    return prefix + "-" + (System.currentTimeMillis() / 1000) + "-" + ThreadLocalRandom.current().nextInt(1, 1_000_001);
  }
}
