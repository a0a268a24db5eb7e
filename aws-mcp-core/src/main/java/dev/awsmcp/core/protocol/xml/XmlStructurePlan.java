package dev.awsmcp.core.protocol.xml;

import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits.Location;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a structure shape is read from XML, worked out once per shape: its body members in order
 * with their element names, target shapes and flattening. Reading an answer then costs a hash
 * lookup per child element instead of a scan of the children per member (ec2's Instance has
 * some 60 members).
 */
final class XmlStructurePlan {
  // Shapes compare by identity; the plans live as long as the loaded models.
  private static final Map<Shape, XmlStructurePlan> PLANS = new ConcurrentHashMap<>();

  /** One member as the reader needs it. */
  record Entry(Member member, String elementName, Shape target, boolean flattenedList, boolean flattenedMap) {}

  final List<Entry> attributes;
  final List<Entry> elements;
  // Element name -> index into elements; a name two members share keeps the first (botocore
  // reads both from the same element, so the second is then read by a scan).
  private final Map<String, Integer> indexByName;
  private final boolean sharedNames;

  private XmlStructurePlan(Shape shape) {
    List<Entry> attrs = new ArrayList<>();
    List<Entry> elems = new ArrayList<>();
    for (Member m : shape.members().values()) {
      Location l = m.traits().location();
      // Headers and the status code are read by the caller.
      if (l == Location.HEADER || l == Location.HEADERS || l == Location.STATUS_CODE) {
        continue;
      }
      Shape target = m.target();
      boolean flattened = m.traits().flattened() || target.flattened();
      if (m.traits().xmlAttribute()) {
        attrs.add(new Entry(m, m.traits().locationName().orElse(m.name()), target, false, false));
      } else {
        elems.add(new Entry(m, XmlShapeReader.elementName(m), target,
            flattened && target.type() == ShapeType.LIST, flattened && target.type() == ShapeType.MAP));
      }
    }
    this.attributes = List.copyOf(attrs);
    this.elements = List.copyOf(elems);
    Map<String, Integer> index = new java.util.HashMap<>();
    boolean shared = false;
    for (int i = 0; i < elems.size(); i++) {
      shared |= index.putIfAbsent(elems.get(i).elementName(), i) != null;
    }
    this.indexByName = Map.copyOf(index);
    this.sharedNames = shared;
  }

  /** The index of the member an element name belongs to, or -1. */
  int indexOf(String elementName) {
    Integer i = indexByName.get(elementName);
    return i == null ? -1 : i;
  }

  /** Whether two members read the same element name (then the reader falls back to a scan). */
  boolean hasSharedNames() {
    return sharedNames;
  }

  static XmlStructurePlan of(Shape shape) {
    XmlStructurePlan plan = PLANS.get(shape);
    if (plan == null) {
      plan = new XmlStructurePlan(shape);
      PLANS.putIfAbsent(shape, plan);
    }
    return plan;
  }
}
