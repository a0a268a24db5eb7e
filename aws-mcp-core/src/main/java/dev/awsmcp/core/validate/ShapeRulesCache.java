package dev.awsmcp.core.validate;

import dev.awsmcp.core.model.Shape;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rules per shape, derived on first use and kept for the life of the validator (shapes are
 * immutable and the catalog keeps its models loaded). Patterns are compiled once per distinct
 * source text, however many shapes share them. Thread-safe.
 */
final class ShapeRulesCache {
  private final ConcurrentHashMap<Shape, ShapeRules> rules = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Optional<PatternRule>> patterns = new ConcurrentHashMap<>();

  ShapeRules rules(Shape shape) {
    ShapeRules r = rules.get(shape);
    if (r == null) {
      PatternRule pattern = shape.pattern().flatMap(this::pattern).orElse(null);
      r = rules.computeIfAbsent(shape, s -> new ShapeRules(s, pattern));
    }
    return r;
  }

  private Optional<PatternRule> pattern(String source) {
    return patterns.computeIfAbsent(source, PatternRule::compile);
  }
}
