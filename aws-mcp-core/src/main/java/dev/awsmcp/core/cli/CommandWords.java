package dev.awsmcp.core.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of a command line as the parser sees them, for code outside the parser that must
 * agree with it word for word (the audit's redaction). Thread-safe.
 */
public final class CommandWords {
  private CommandWords() {}

  /** The words with quotes and escapes removed, or empty when the parser would refuse the line. */
  public static Optional<List<String>> split(String line) {
    CommandTokenizer.Tokenized t = CommandTokenizer.tokenize(line);
    if (t.error() != null) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>(t.tokens().size());
    for (Token token : t.tokens()) {
      words.add(token.text());
    }
    return Optional.of(List.copyOf(words));
  }
}
