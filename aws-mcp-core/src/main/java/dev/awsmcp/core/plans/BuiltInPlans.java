package dev.awsmcp.core.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plans that ship with the engine, as resources next to this class. {@code index.txt} names
 * them, one per line: resources cannot be listed from a jar reliably.
 */
final class BuiltInPlans {
  private static final String INDEX = "index.txt";

  private static volatile List<String> names;
  private static volatile List<ExecutionPlan> plans;

  private BuiltInPlans() {}

  /** The built-in plans' names, in index order; reads only the index. */
  static List<String> names() {
    List<String> n = names;
    if (n == null) {
      List<String> out = new ArrayList<>();
      for (String line : read(INDEX).lines().toList()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          out.add(name);
        }
      }
      n = List.copyOf(out);
      names = n;
    }
    return n;
  }

  /** Every built-in plan, parsed once. A broken one is a bug of this build, so it throws. */
  static List<ExecutionPlan> all() {
    List<ExecutionPlan> p = plans;
    if (p == null) {
      List<ExecutionPlan> out = new ArrayList<>();
      for (String name : names()) {
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
