package dev.awsmcp.core.validate;

/**
 * Where a value sits in the input, rendered only when an error needs it: the CLI parameter, then
 * list indexes and member or map keys in model names, for example {@code --filters[0].Name} or
 * {@code --tags.Owner}. Immutable.
 */
final class ValuePath {
  private final ValuePath parent;
  private final String segment;
  private final int index;
  private final ParameterNames names;

  private ValuePath(ValuePath parent, String segment, int index, ParameterNames names) {
    this.parent = parent;
    this.segment = segment;
    this.index = index;
    this.names = names;
  }

  /** A top-level input member, shown by its CLI name ({@code --instance-ids}). */
  static ValuePath parameter(String member, ParameterNames names) {
    return new ValuePath(null, member, -1, names);
  }

  /** A structure member or map entry. */
  ValuePath key(String key) {
    return new ValuePath(this, key, -1, null);
  }

  /** A list element. */
  ValuePath index(int i) {
    return new ValuePath(this, null, i, null);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }

  private void render(StringBuilder sb) {
    if (parent != null) {
      parent.render(sb);
    }
    if (parent == null) {
      sb.append(names.cliName(segment));
    } else if (segment == null) {
      sb.append('[').append(index).append(']');
    } else {
      sb.append('.').append(segment);
    }
  }
}
