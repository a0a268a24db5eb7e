package dev.awsmcp.core.cli;

import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words like Python's {@code shlex.split} in POSIX mode, which is
 * what the reference does: whitespace separates words, single quotes keep everything literally,
 * double quotes allow {@code \"} and {@code \\}, and a backslash outside quotes escapes any
 * character. Nothing is ever expanded or run.
 *
 * <p>Unquoted shell syntax is refused: pipes, command separators and background jobs ({@code |},
 * {@code ;}, {@code &}), command substitution (backticks, {@code $(}) anywhere, and redirections
 * ({@code <}, {@code >}, {@code >>}, {@code 2>}) as words of their own. An agent that writes them
 * expects a shell, and there is none. Angle brackets inside a word stay literal, because the
 * CLI's own examples use placeholders such as {@code arn:aws:s3:::<bucket>}.
 */
final class CommandTokenizer {
  private CommandTokenizer() {}

  /** The words, or the error that stopped tokenising. */
  static Tokenized tokenize(String line) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean quoted = false;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          return Tokenized.error(ErrorCode.TOKENIZE_ERROR, "No closing quotation: unbalanced single quote at position " + i);
        }
        word.append(line, i + 1, end);
        inWord = true;
        quoted = true;
        i = end;
      } else if (c == '"') {
        int j = i + 1;
        boolean closed = false;
        for (; j < n; j++) {
          char d = line.charAt(j);
          if (d == '"') {
            closed = true;
            break;
          }
          if (d == '\\' && j + 1 < n && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
            word.append(line.charAt(++j));
          } else {
            word.append(d);
          }
        }
        if (!closed) {
          return Tokenized.error(ErrorCode.TOKENIZE_ERROR, "No closing quotation: unbalanced double quote at position " + i);
        }
        inWord = true;
        quoted = true;
        i = j;
      } else if (c == '\\') {
        if (i + 1 >= n) {
          return Tokenized.error(ErrorCode.TOKENIZE_ERROR, "No escaped character: the command ends with a backslash");
        }
        char next = line.charAt(++i);
        // A backslash-newline continues the line, as in a shell.
        if (next != '\n') {
          word.append(next);
          quoted = true;
          inWord = true;
        }
      } else if (isWhitespace(c)) {
        if (inWord) {
          tokens.add(new Token(word.toString(), quoted));
          word.setLength(0);
          inWord = false;
          quoted = false;
        }
      } else {
        String shell = shellSyntax(line, i, inWord);
        if (shell != null) {
          return Tokenized.error(ErrorCode.SHELL_SYNTAX,
              "Shell syntax '" + shell + "' is not supported: commands are not run by a shell. "
                  + "Give one AWS CLI command, and quote values that contain " + shell + ".");
        }
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      tokens.add(new Token(word.toString(), quoted));
    }
    return new Tokenized(tokens, null);
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private static String shellSyntax(String line, int i, boolean inWord) {
    char c = line.charAt(i);
    if ((c == '<' || c == '>') && !inWord) {
      return redirection(line, i);
    }
    switch (c) {
      case '|':
        return i + 1 < line.length() && line.charAt(i + 1) == '|' ? "||" : "|";
      case '&':
        return i + 1 < line.length() && line.charAt(i + 1) == '&' ? "&&" : "&";
      case ';':
      case '`':
        return String.valueOf(c);
      case '$':
        return i + 1 < line.length() && line.charAt(i + 1) == '(' ? "$(" : null;
      default:
        return null;
    }
  }

  // A word that starts with ">" or is only "<"s: a redirection, not a placeholder like "<id>".
  private static String redirection(String line, int i) {
    int j = i;
    while (j < line.length() && (line.charAt(j) == '<' || line.charAt(j) == '>' || line.charAt(j) == '&')) {
      j++;
    }
    boolean wordEnds = j >= line.length() || isWhitespace(line.charAt(j));
    return wordEnds || line.charAt(i) == '>' ? line.substring(i, j) : null;
  }

  /** The words of a command line, or why there are none. */
  record Tokenized(List<Token> tokens, CommandError error) {
    static Tokenized error(ErrorCode code, String message) {
      return new Tokenized(List.of(), CommandError.of(code, message));
    }
  }
}
