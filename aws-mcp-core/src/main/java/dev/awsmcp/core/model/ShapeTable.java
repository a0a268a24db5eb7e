package dev.awsmcp.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shapes of one service by name. Filled once by a loader, then only read. */
public final class ShapeTable {
  private final Map<String, Shape> shapes = new LinkedHashMap<>();
  private volatile boolean sealed;

  public Shape get(String name) {
    Shape shape = shapes.get(name);
    if (shape == null) {
      throw new ModelException("unknown shape " + name);
    }
    return shape;
  }

  public boolean contains(String name) {
    return shapes.containsKey(name);
  }

  /** Adds a shape while loading; refused once the table is sealed. */
  public void put(Shape shape) {
    if (sealed) {
      throw new IllegalStateException("shape table is sealed");
    }
    shapes.put(shape.name(), shape);
  }

  public void seal() {
    sealed = true;
  }

  public Map<String, Shape> all() {
    return Collections.unmodifiableMap(shapes);
  }
}
