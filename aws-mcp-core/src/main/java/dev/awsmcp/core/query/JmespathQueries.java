package dev.awsmcp.core.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.smithy.jmespath.JmespathException;
import software.amazon.smithy.jmespath.JmespathExpression;

/**
 * Compiles {@code --query} expressions the way the AWS CLI's JMESPath does. Python's jmespath
 * still accepts the deprecated literal form whose content is not JSON (
 * {@code [?Key==`Name`]} means {@code [?Key==`"Name"`]}), and the CLI's own examples rely on it,
 * so such literals are rewritten as JSON strings before the standard parser sees them.
 */
public final class JmespathQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JmespathQueries() {}

  /** Deeper expressions are refused before parsing: the parser recurses once per level. */
  public static final int MAX_NESTING = 64;

  /**
   * Compiles an expression; throws {@link JmespathException} with the parser's message for any
   * invalid expression, including ones the parser itself trips over.
   */
  public static JmespathExpression compile(String expression) {
    if (nesting(expression) > MAX_NESTING) {
      throw new JmespathException("expression nested more than " + MAX_NESTING + " levels deep");
    }
    try {
      return JmespathExpression.parse(normalizeLegacyLiterals(expression));
    } catch (JmespathException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // smithy-jmespath can fail while describing some syntax errors (a null literal as a key).
      throw new JmespathException("invalid expression (syntax error)");
    }
  }

  // How deep the parser recurses: bracket nesting plus the longest run of prefix operators
  // (! and the & of an expression reference), which recurse without brackets. Quoted text and
  // literals do not count; dots and pipes are parsed in a loop.
  static int nesting(String expression) {
    int depth = 0;
    int max = 0;
    int run = 0;
    int n = expression.length();
    for (int i = 0; i < n; i++) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = closing(expression, i + 1, c) - 1;
        run = 0;
      } else if (c == '(' || c == '[' || c == '{') {
        max = Math.max(max, ++depth + run);
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      } else if ((c == '!' && (i + 1 >= n || expression.charAt(i + 1) != '='))
          || (c == '&' && (i + 1 >= n || expression.charAt(i + 1) != '&') && (i == 0 || expression.charAt(i - 1) != '&'))) {
        run++;
        max = Math.max(max, depth + run);
      } else if (!Character.isWhitespace(c)) {
        run = 0;
      }
    }
    return max;
  }

  /** The expression with every non-JSON backtick literal turned into a JSON string literal. */
  static String normalizeLegacyLiterals(String expression) {
    if (expression.indexOf('`') < 0) {
      return expression;
    }
    StringBuilder out = new StringBuilder(expression.length() + 8);
    int n = expression.length();
    int i = 0;
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(expression, i + 1, c);
        out.append(expression, i, end);
        i = end;
      } else if (c == '`') {
        int end = closing(expression, i + 1, '`');
        if (end > n || expression.charAt(end - 1) != '`') {
          out.append(expression, i, n);
          break;
        }
        String lexeme = expression.substring(i + 1, end - 1).replace("\\`", "`");
        out.append('`').append(isJson(lexeme) ? lexeme.replace("`", "\\`") : asJsonString(lexeme.stripLeading())).append('`');
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  // The index just past the closing quote (or the end when unclosed), skipping escapes.
  private static int closing(String s, int from, char quote) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j + 1;
      }
    }
    return s.length();
  }

  private static boolean isJson(String lexeme) {
    try {
      JSON.readTree(lexeme);
      return !lexeme.isBlank();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static String asJsonString(String text) {
    try {
      return JSON.writeValueAsString(text).replace("`", "\\`");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
