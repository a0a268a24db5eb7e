package dev.awsmcp.api.suggest;

import dev.awsmcp.api.error.CommandError;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link dev.awsmcp.api.CommandSuggester} found for one request: the suggestions, best
 * first, or the error that kept it from looking (never both).
 *
 * @param query the request as given (cut to a reasonable length when it was refused as too long)
 * @param suggestions best first; empty on a failure, and possibly empty on success
 * @param semanticReady whether the semantic half of the search took part; false while its index
 *     is still being built, when the suggestions come from the lexical half alone
 * @param error why no search was made, if none was
 */
public record SuggestResult(
    String query, List<Suggestion> suggestions, boolean semanticReady, Optional<CommandError> error) {

  public SuggestResult {
    Objects.requireNonNull(query, "query");
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(error, "error");
    if (error.isPresent() && !suggestions.isEmpty()) {
      throw new IllegalArgumentException("a failed search has no suggestions");
    }
  }

  public static SuggestResult success(String query, List<Suggestion> suggestions, boolean semanticReady) {
    return new SuggestResult(query, suggestions, semanticReady, Optional.empty());
  }

  public static SuggestResult failure(String query, CommandError error) {
    return new SuggestResult(query, List.of(), false, Optional.of(error));
  }

  public boolean isSuccess() {
    return error.isEmpty();
  }

  /** The best suggestion; throws {@link NoSuchElementException} when there is none. */
  public Suggestion best() {
    if (suggestions.isEmpty()) {
      throw new NoSuchElementException(error.map(CommandError::message).orElse("no suggestions"));
    }
    return suggestions.get(0);
  }
}
