package dev.awsmcp.api.docs;

import dev.awsmcp.api.error.CommandError;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the {@link dev.awsmcp.api.DocsClient}: a value and the source that gave it, or the
 * error that kept every source from answering. Exactly one of {@link #value()} and {@link #error()}
 * is present; {@link #source()} is present with the value.
 *
 * @param <T> what was asked for: {@link SearchHits}, {@link DocsPage}, {@link PageSections} or
 *     {@link Recommendations}
 */
public record DocsResult<T>(Optional<T> value, Optional<DocsSource> source, Optional<CommandError> error) {

  public DocsResult {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(error, "error");
    if (value.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("a docs result holds either a value or an error");
    }
    if (value.isPresent() != source.isPresent()) {
      throw new IllegalArgumentException("a value needs its source, and an error has none");
    }
  }

  /** An answer from the given source. */
  public static <T> DocsResult<T> of(T value, DocsSource source) {
    return new DocsResult<>(Optional.of(value), Optional.of(source), Optional.empty());
  }

  /** No answer, and why. */
  public static <T> DocsResult<T> failure(CommandError error) {
    return new DocsResult<>(Optional.empty(), Optional.empty(), Optional.of(error));
  }

  /** True when there is a value. */
  public boolean ok() {
    return value.isPresent();
  }
}
