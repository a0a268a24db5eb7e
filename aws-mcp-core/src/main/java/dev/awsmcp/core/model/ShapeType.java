package dev.awsmcp.core.model;

import java.util.Locale;

/** The protocol-neutral type of a shape, as botocore names them. */
public enum ShapeType {
  STRUCTURE,
  LIST,
  MAP,
  STRING,
  INTEGER,
  LONG,
  BOOLEAN,
  FLOAT,
  DOUBLE,
  BIG_INTEGER,
  BIG_DECIMAL,
  BLOB,
  TIMESTAMP,
  BYTE,
  SHORT;

  /** Parses a botocore type name ({@code structure}, {@code integer}, ...). */
  public static ShapeType fromBotocore(String name) {
    switch (name) {
      case "structure": return STRUCTURE;
      case "string": return STRING;
      case "list": return LIST;
      case "integer": return INTEGER;
      case "long": return LONG;
      case "boolean": return BOOLEAN;
      case "timestamp": return TIMESTAMP;
      case "map": return MAP;
      case "blob": return BLOB;
      case "double": return DOUBLE;
      case "float": return FLOAT;
      case "bigInteger": return BIG_INTEGER;
      case "bigDecimal": return BIG_DECIMAL;
      case "character": return STRING;
      default:
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  public boolean isNumber() {
    switch (this) {
      case INTEGER: case LONG: case FLOAT: case DOUBLE: case BIG_INTEGER: case BIG_DECIMAL:
      case BYTE: case SHORT:
        return true;
      default:
        return false;
    }
  }

  public boolean isIntegral() {
    return this == INTEGER || this == LONG || this == BIG_INTEGER || this == BYTE || this == SHORT;
  }

  /** Scalars: everything but structures, lists and maps. */
  public boolean isScalar() {
    return this != STRUCTURE && this != LIST && this != MAP;
  }
}
