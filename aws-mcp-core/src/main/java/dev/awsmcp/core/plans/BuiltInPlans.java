package dev.awsmcp.core.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plans that ship with the engine, as resources {@code <name>.md} next to this class.
 * Resources cannot be listed from a jar reliably, so {@link #NAMES} is their index; it is code
 * rather than a file because the tool's description needs it before {@code tools/list} is
 * answered, where reading a resource costs start-up time (a test checks the two agree).
 */
final class BuiltInPlans {
  /** The built-in plans, in the order the catalogue shows them. */
  static final List<String> NAMES = List.of("unencrypted-volumes", "lambda-timeout", "access-denied", "public-buckets",
      "idle-resources", "old-access-keys", "open-security-groups");

  private static volatile List<ExecutionPlan> plans;

  private BuiltInPlans() {}

  /** Every built-in plan, parsed once. A broken one is a bug of this build, so it throws. */
  static List<ExecutionPlan> all() {
    List<ExecutionPlan> p = plans;
    if (p == null) {
      List<ExecutionPlan> out = new ArrayList<>();
      for (String name : NAMES) {
        try {
          out.add(PlanFormat.parse(name, read(name + ".md"), Optional.empty()));
        } catch (InvalidPlanException e) {
          throw new IllegalStateException("the built-in plan " + name + " is broken: " + e.getMessage(), e);
        }
      }
      p = List.copyOf(out);
      plans = p;
    }
    return p;
  }

  private static String read(String resource) {
    try (InputStream in = BuiltInPlans.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("a built-in plan resource is missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("a built-in plan resource could not be read: " + resource, e);
    }
  }
}
