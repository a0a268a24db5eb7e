package dev.awsmcp.core.cli;

/**
 * Where a nested value sits inside an argument ({@code Filters[0].Values}), built as the value
 * is walked and only turned into text for an error message.
 */
final class ArgumentValuePath {
  static final ArgumentValuePath ROOT = new ArgumentValuePath(null, null, -1);

  private final ArgumentValuePath parent;
  private final String key;
  private final int index;

  private ArgumentValuePath(ArgumentValuePath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  ArgumentValuePath key(String name) {
    return new ArgumentValuePath(this, name, -1);
  }

  ArgumentValuePath index(int i) {
    return new ArgumentValuePath(this, null, i);
  }

  boolean isRoot() {
    return parent == null;
  }

  /** {@code " for Filters[0].Values"}, or nothing at the top. */
  String suffix() {
    return isRoot() ? "" : " for " + this;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String head = parent.toString();
    if (key == null) {
      return head + "[" + index + "]";
    }
    return head.isEmpty() ? key : head + "." + key;
  }
}
