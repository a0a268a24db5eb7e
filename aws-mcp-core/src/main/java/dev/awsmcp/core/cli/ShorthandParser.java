package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;

/**
 * The AWS CLI's shorthand syntax, read exactly as awscli 1.45's {@code ShorthandParser} reads it,
 * without a model: {@code Name=x,Values=a,b} → {@code {"Name":"x","Values":["a","b"]}}.
 *
 * <ul>
 *   <li>{@code key=value} pairs separated by {@code ,}; keys are {@code [A-Za-z0-9_.#/:-]*}
 *       (possibly empty); a key given twice is an error.
 *   <li>{@code a=b,c} is {@code a=[b,c]}: after a comma the parser tries further values and
 *       backtracks when it meets {@code key=}. {@code \,} is a literal comma.
 *   <li>{@code [a,b]} explicit lists and {@code {k=v}} objects nest; inside them there are no
 *       comma lists and a repeated key silently replaces the earlier one, as in the CLI.
 *   <li>{@code 'single'} and {@code "double"} quotes; inside, {@code \'} (or {@code \"}) is the
 *       quote and {@code \\} a backslash. Unquoted values lose trailing whitespace; whitespace
 *       around {@code =}, {@code ,} and brackets is skipped.
 *   <li>{@code key@=file://path} (and {@code fileb://}) loads the value from a file through the
 *       {@link FileResolver}; any other {@code @=} value is taken as written.
 *   <li>Characters outside the Basic Multilingual Plane end an unquoted value, as they fall
 *       outside the CLI's character classes, which end at U+FFFF.
 * </ul>
 *
 * <p>Leaves are text nodes, or binary nodes for {@code fileb://} content. Errors repeat the CLI's
 * wording ({@code Expected: '=', received: '<' for input:}) followed by the input and a caret
 * under the failing position — which the CLI means to print but, because of a missing
 * {@code f} string prefix, prints as the literal text {@code {self._error_location()}}. Nesting
 * beyond {@link #DEFAULT_MAX_DEPTH} levels (configurable) is refused.
 *
 * <p>Thread-safe if the resolver is: each call parses with its own state.
 */
public final class ShorthandParser {
  /** How deep <code>[</code> and <code>&#123;</code> may nest by default. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private final ParamFileLoader files;
  private final int maxDepth;

  public ShorthandParser(FileResolver files) {
    this(files, DEFAULT_MAX_DEPTH);
  }

  public ShorthandParser(FileResolver files, int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
    }
    this.files = new ParamFileLoader(files);
    this.maxDepth = maxDepth;
  }

  /**
   * Parses one shorthand value into an object. An error has code {@code INVALID_SHORTHAND}
   * ({@code FILE_ERROR} when an {@code @=} file cannot be read) and no parameter.
   */
  public ValueResult parse(String value) {
    try {
      return ValueResult.of(parseOrThrow(value));
    } catch (ArgumentValueException e) {
      return ValueResult.failure(CommandError.of(e.code(), e.getMessage()));
    }
  }

  ObjectNode parseOrThrow(String value) throws ArgumentValueException {
    return new Run(value, files, maxDepth).parameter();
  }

  /** The state of one parse: the input as code points, as Python indexes it. */
  private static final class Run {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int[] in;
    private final ParamFileLoader files;
    private final int maxDepth;
    private int index;
    private int depth;
    private boolean resolveFiles;

    Run(String value, ParamFileLoader files, int maxDepth) {
      this.in = value.codePoints().toArray();
      this.files = files;
      this.maxDepth = maxDepth;
    }

    // parameter = keyval *("," keyval)
    ObjectNode parameter() throws ArgumentValueException {
      ObjectNode params = NODES.objectNode();
      String key = key();
      params.set(key, keyvalValue());
      int lastIndex = index;
      while (index < in.length) {
        expect(',', true);
        key = key();
        JsonNode value = keyvalValue();
        if (params.has(key)) {
          throw ShorthandSyntaxException.duplicateKey(in, key, lastIndex + 1);
        }
        params.set(key, value);
        lastIndex = index;
      }
      return params;
    }

    // keyval = key "=" [values] / key "@=" [file-optional-values]; the key is already read.
    private JsonNode keyvalValue() throws ArgumentValueException {
      resolveFiles = optional('@');
      expect('=', true);
      return values();
    }

    private String key() {
      int start = index;
      while (index < in.length && ShorthandCharacters.isKeyChar(in[index])) {
        index++;
      }
      return new String(in, start, index - start);
    }

    // values = csv-list / explicit-list / hash-literal
    private JsonNode values() throws ArgumentValueException {
      if (atEof()) {
        return NODES.textNode("");
      }
      if (in[index] == '[') {
        return explicitList();
      }
      if (in[index] == '{') {
        return hashLiteral();
      }
      return csvValue();
    }

    // foo=bar -> "bar"; foo=bar,baz -> ["bar", "baz"]; foo=a,b=c -> "a" (backtracks to the comma).
    private JsonNode csvValue() throws ArgumentValueException {
      JsonNode first = firstValue();
      consumeWhitespace();
      if (atEof() || in[index] != ',') {
        return first;
      }
      expect(',', true);
      ArrayNode list = NODES.arrayNode().add(first);
      while (true) {
        try {
          JsonNode current = secondValue();
          consumeWhitespace();
          if (atEof()) {
            list.add(current);
            break;
          }
          expect(',', true);
          list.add(current);
        } catch (ShorthandSyntaxException e) {
          if (atEof()) {
            throw e;
          }
          backtrackTo(',');
          break;
        }
      }
      return list.size() == 1 ? first : list;
    }

    // explicit-list = "[" [value *("," value)] "]"
    private JsonNode explicitList() throws ArgumentValueException {
      enter();
      expect('[', true);
      ArrayNode values = NODES.arrayNode();
      while (current() != ']') {
        values.add(explicitValues());
        consumeWhitespace();
        if (current() != ']') {
          expect(',', false);
          consumeWhitespace();
        }
      }
      expect(']', false);
      depth--;
      return values;
    }

    private JsonNode explicitValues() throws ArgumentValueException {
      int c = current();
      if (c == '[') {
        return explicitList();
      }
      if (c == '{') {
        return hashLiteral();
      }
      return firstValue();
    }

    private JsonNode hashLiteral() throws ArgumentValueException {
      enter();
      expect('{', true);
      ObjectNode keyvals = NODES.objectNode();
      while (current() != '}') {
        String key = key();
        resolveFiles = optional('@');
        expect('=', true);
        JsonNode value = explicitValues();
        consumeWhitespace();
        if (current() != '}') {
          expect(',', false);
          consumeWhitespace();
        }
        keyvals.set(key, value);
      }
      expect('}', false);
      depth--;
      return keyvals;
    }

    // first-value = value / single-quoted-val / double-quoted-val
    private JsonNode firstValue() throws ArgumentValueException {
      int c = current();
      if (c == '\'' || c == '"') {
        return quotedValue(c);
      }
      int end = scanWord(index, ShorthandCharacters::isFirstFollowChar);
      if (end == index) {
        return NODES.textNode("");
      }
      return word(end);
    }

    private JsonNode secondValue() throws ArgumentValueException {
      int c = current();
      if (c == '\'' || c == '"') {
        return quotedValue(c);
      }
      int end = scanWord(index, ShorthandCharacters::isSecondFollowChar);
      if (end == index) {
        throw ShorthandSyntaxException.expected(in, "<second>", "<none>", index);
      }
      return word(end);
    }

    /** Consumes an unquoted value ending at {@code end}: {@code \,} is a comma, trailing space goes. */
    private JsonNode word(int end) throws ArgumentValueException {
      String consumed = new String(in, index, end - index);
      index = end;
      return resolve(ScalarValueText.rstrip(consumed.replace("\\,", ",")));
    }

    /**
     * The end of the unquoted value at {@code from}: a start character or {@code \,}, then follow
     * characters or {@code \,}. Equal to {@code from} when no value starts there.
     */
    private int scanWord(int from, java.util.function.IntPredicate follow) {
      int i = from;
      if (i >= in.length) {
        return i;
      }
      if (isEscapedComma(i)) {
        i += 2;
      } else if (ShorthandCharacters.isStartChar(in[i])) {
        i++;
      } else {
        return i;
      }
      while (i < in.length) {
        if (isEscapedComma(i)) {
          i += 2;
        } else if (follow.test(in[i])) {
          i++;
        } else {
          break;
        }
      }
      return i;
    }

    private boolean isEscapedComma(int i) {
      return in[i] == '\\' && i + 1 < in.length && in[i + 1] == ',';
    }

    /**
     * A quoted value: the regex {@code '(?:\\'|[^'])*'} as Python's backtracking matcher runs it.
     * It ends at the first quote not escaped by a backslash; with none before the end of input,
     * at the last escaped quote (whose backslash then counts as a plain character).
     */
    private JsonNode quotedValue(int quote) throws ArgumentValueException {
      int i = index + 1;
      int end = -1;
      int lastEscapedQuote = -1;
      while (i < in.length) {
        if (in[i] == '\\' && i + 1 < in.length && in[i + 1] == quote) {
          lastEscapedQuote = i + 1;
          i += 2;
        } else if (in[i] == quote) {
          end = i;
          break;
        } else {
          i++;
        }
      }
      if (end < 0) {
        end = lastEscapedQuote;
      }
      if (end < 0) {
        throw ShorthandSyntaxException.expected(
            in, quote == '\'' ? "<singled quoted>" : "<double quoted>", "<none>", index);
      }
      String q = new String(Character.toChars(quote));
      String value = new String(in, index + 1, end - index - 1)
          .replace("\\" + q, q)
          .replace("\\\\", "\\");
      index = end + 1;
      return resolve(value);
    }

    private JsonNode resolve(String value) throws ArgumentValueException {
      if (resolveFiles) {
        return files.load(value).orElseGet(() -> NODES.textNode(value));
      }
      return NODES.textNode(value);
    }

    private void enter() throws ArgumentValueException {
      if (++depth > maxDepth) {
        throw new ArgumentValueException(ErrorCode.INVALID_SHORTHAND,
            "Shorthand value nested deeper than " + maxDepth + " levels for input:\n"
                + ShorthandSyntaxException.location(in, index));
      }
    }

    /** Skips whitespace, then consumes {@code c} (and whitespace after it) if it is next. */
    private boolean optional(int c) {
      consumeWhitespace();
      if (current() != c) {
        return false;
      }
      index++;
      consumeWhitespace();
      return true;
    }

    private void expect(int c, boolean whitespace) throws ShorthandSyntaxException {
      if (whitespace) {
        consumeWhitespace();
      }
      if (atEof()) {
        throw ShorthandSyntaxException.expected(in, new String(Character.toChars(c)), "EOF", index);
      }
      if (in[index] != c) {
        throw ShorthandSyntaxException.expected(
            in, new String(Character.toChars(c)), new String(in, index, 1), index);
      }
      index++;
      if (whitespace) {
        consumeWhitespace();
      }
    }

    private void backtrackTo(int c) {
      while (index >= 0 && (index >= in.length || in[index] != c)) {
        index--;
      }
    }

    /** Python's {@code string.whitespace}: ASCII only. */
    private void consumeWhitespace() {
      while (index < in.length && (in[index] == ' ' || (in[index] >= 0x09 && in[index] <= 0x0D))) {
        index++;
      }
    }

    private int current() {
      return index < in.length ? in[index] : -1;
    }

    private boolean atEof() {
      return index >= in.length;
    }
  }
}
