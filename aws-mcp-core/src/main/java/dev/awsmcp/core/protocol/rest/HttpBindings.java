package dev.awsmcp.core.protocol.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits.Location;
import dev.awsmcp.core.model.Shape;
import java.util.ArrayList;
import java.util.List;

/** Which members of a structure travel in the body under the HTTP binding rules. */
public final class HttpBindings {
  private HttpBindings() {}

  /** Members with no HTTP binding that are not the payload: they make up the body. */
  public static List<Member> bodyMembers(Shape structure) {
    List<Member> out = new ArrayList<>();
    String payload = structure.payload().orElse(null);
    for (Member m : structure.members().values()) {
      if (m.traits().location() == Location.BODY && !m.name().equals(payload)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Members read from a response body: all but those bound to headers and the status code, since
   * URI and query bindings mean nothing in a response (botocore reads such members from the body).
   */
  public static List<Member> responseBodyMembers(Shape structure) {
    List<Member> out = new ArrayList<>();
    String payload = structure.payload().orElse(null);
    for (Member m : structure.members().values()) {
      Location l = m.traits().location();
      if (l != Location.HEADER && l != Location.HEADERS && l != Location.STATUS_CODE && !m.name().equals(payload)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The values of {@link #bodyMembers} present in {@code values}, null values dropped. */
  public static ObjectNode bodyValues(Shape structure, ObjectNode values) {
    ObjectNode out = values.objectNode();
    for (Member m : bodyMembers(structure)) {
      JsonNode v = values.get(m.name());
      if (v != null && !v.isNull()) {
        out.set(m.name(), v);
      }
    }
    return out;
  }
}
