package dev.awsmcp.core.model;

import java.util.Objects;

/**
 * A member of a structure (or the member, key or value of a list or map): a name, the shape it
 * targets, and how it travels on the wire. Immutable; the target is looked up in the service's
 * shape table, so recursive shapes need no special care.
 */
public final class Member {
  private final String name;
  private final String targetName;
  private final ShapeTable shapes;
  private final MemberTraits traits;
  private volatile Shape target;

  public Member(String name, String targetName, ShapeTable shapes, MemberTraits traits) {
    this.name = Objects.requireNonNull(name, "name");
    this.targetName = Objects.requireNonNull(targetName, "targetName");
    this.shapes = Objects.requireNonNull(shapes, "shapes");
    this.traits = Objects.requireNonNull(traits, "traits");
  }

  public String name() {
    return name;
  }

  public String targetName() {
    return targetName;
  }

  public Shape target() {
    // Looked up once: codecs ask for targets on every value they read. The table is complete
    // before any member is read, so a racing second lookup finds the same shape.
    Shape t = target;
    if (t == null) {
      t = shapes.get(targetName);
      target = t;
    }
    return t;
  }

  public MemberTraits traits() {
    return traits;
  }

  @Override
  public String toString() {
    return name + " -> " + targetName;
  }
}
