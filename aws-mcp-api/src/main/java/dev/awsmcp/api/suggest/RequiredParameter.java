package dev.awsmcp.api.suggest;

import java.util.Objects;

/**
 * A parameter the suggested command cannot run without.
 *
 * @param name the CLI option, for example {@code --instance-ids}
 * @param type the value's type in botocore's words: {@code string}, {@code integer},
 *     {@code boolean}, {@code timestamp}, {@code blob}, {@code structure}, {@code map}, or
 *     {@code list<T>} for a list of {@code T}
 */
public record RequiredParameter(String name, String type) {

  public RequiredParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank() || type.isBlank()) {
      throw new IllegalArgumentException("a required parameter needs a name and a type");
    }
  }
}
