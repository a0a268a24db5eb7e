package dev.awsmcp.core.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * awscli's {@code utils.split_on_commas} (1.45.11), which its customizations use for
 * {@code key=value,key2=value2} values: a plain split without quotes, escapes or brackets;
 * otherwise the first record of Python's {@code csv.reader(..., escapechar='\\')}, then
 * quoted parts and {@code key=[a,b]} lists are joined back. Stateless.
 */
final class SplitOnCommas {
  /** Python's default {@code csv.field_size_limit()}. */
  private static final int FIELD_LIMIT = 131072;

  private SplitOnCommas() {}

  /** Thrown where Python raises; the message is Python's. */
  static final class SplitException extends Exception {
    SplitException(String message) {
      super(message);
    }
  }

  static List<String> split(String value) throws SplitException {
    if (!containsAny(value, "\"\\']][")) {
      return List.of(value.split(",", -1));
    }
    if (!containsAny(value, "\"'[]")) {
      return csvFirstRecord(value);
    }
    return splitWithQuotes(value);
  }

  private static List<String> splitWithQuotes(String value) throws SplitException {
    List<String> parts;
    try {
      parts = csvFirstRecord(value);
    } catch (SplitException e) {
      throw new SplitException("Bad csv value: " + value);
    }
    Iterator<String> iter = parts.iterator();
    List<String> out = new ArrayList<>();
    while (iter.hasNext()) {
      String part = iter.next();
      Character quote = firstQuote(part);
      int listStart = part.indexOf("=[");
      if (listStart >= 0 && value.indexOf(']') != -1 && (quote == null || part.indexOf(quote) > listStart)) {
        String chunk = part.indexOf(']') >= 0 ? part : eatItems(value, iter, part, "]", "");
        // Python's chunk[list_start + 2:-1], empty when the bounds cross.
        int from = listStart + 2;
        int to = chunk.length() - 1;
        List<String> items = splitWithQuotes(from < to ? chunk.substring(from, to) : "");
        out.add(chunk.substring(0, listStart + 1) + String.join(",", items));
      } else if (quote == null) {
        out.add(part);
      } else if (count(part, quote) == 2) {
        out.add(part.replace(String.valueOf(quote), ""));
      } else {
        out.add(eatItems(value, iter, part, String.valueOf(quote), String.valueOf(quote)));
      }
    }
    return out;
  }

  private static String eatItems(String value, Iterator<String> iter, String part, String end, String replace)
      throws SplitException {
    List<String> chunks = new ArrayList<>();
    chunks.add(replace.isEmpty() ? part : part.replace(replace, ""));
    while (true) {
      if (!iter.hasNext()) {
        throw new SplitException(value);
      }
      String current = iter.next();
      chunks.add(replace.isEmpty() ? current : current.replace(replace, ""));
      if (current.endsWith(end)) {
        return String.join(",", chunks);
      }
    }
  }

  private static Character firstQuote(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '"' || c == '\'') {
        return c;
      }
    }
    return null;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  // --- Python's csv reader (Modules/_csv.c): delimiter ',', quotechar '"', escapechar '\\',
  //     doublequote, not strict; the first record of the lines of StringIO(value). ---

  private enum State {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
  }

  private static final int EOL = -2;

  private static final class Reader {
    State state = State.START_RECORD;
    final List<String> fields = new ArrayList<>();
    final StringBuilder field = new StringBuilder();

    void save() {
      fields.add(field.toString());
      field.setLength(0);
    }

    void add(int c) throws SplitException {
      if (field.length() >= FIELD_LIMIT) {
        throw new SplitException("field larger than field limit (" + FIELD_LIMIT + ")");
      }
      field.appendCodePoint(c);
    }

    void process(int c) throws SplitException {
      switch (state) {
        case START_RECORD:
          if (c == EOL) {
            return;
          }
          if (c == '\n' || c == '\r') {
            state = State.EAT_CRNL;
            return;
          }
          state = State.START_FIELD;
          startField(c);
          return;
        case START_FIELD:
          startField(c);
          return;
        case ESCAPED_CHAR:
          if (c == '\n' || c == '\r') {
            add(c);
            state = State.AFTER_ESCAPED_CRNL;
            return;
          }
          add(c == EOL ? '\n' : c);
          state = State.IN_FIELD;
          return;
        case AFTER_ESCAPED_CRNL:
          if (c == EOL) {
            return;
          }
          inField(c);
          return;
        case IN_FIELD:
          inField(c);
          return;
        case IN_QUOTED_FIELD:
          if (c == EOL) {
            return;
          }
          if (c == '\\') {
            state = State.ESCAPE_IN_QUOTED_FIELD;
          } else if (c == '"') {
            state = State.QUOTE_IN_QUOTED_FIELD;
          } else {
            add(c);
          }
          return;
        case ESCAPE_IN_QUOTED_FIELD:
          add(c == EOL ? '\n' : c);
          state = State.IN_QUOTED_FIELD;
          return;
        case QUOTE_IN_QUOTED_FIELD:
          if (c == '"') {
            add(c);
            state = State.IN_QUOTED_FIELD;
          } else if (c == ',') {
            save();
            state = State.START_FIELD;
          } else if (c == '\n' || c == '\r' || c == EOL) {
            save();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
          } else {
            add(c);
            state = State.IN_FIELD;
          }
          return;
        default: // EAT_CRNL
          if (c == EOL) {
            state = State.START_RECORD;
          } else if (c != '\n' && c != '\r') {
            throw new SplitException("new-line character seen in unquoted field - "
                + "do you need to open the file with newline=''?");
          }
      }
    }

    private void startField(int c) throws SplitException {
      if (c == '\n' || c == '\r' || c == EOL) {
        save();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
      } else if (c == '"') {
        state = State.IN_QUOTED_FIELD;
      } else if (c == '\\') {
        state = State.ESCAPED_CHAR;
      } else if (c == ',') {
        save();
      } else {
        add(c);
        state = State.IN_FIELD;
      }
    }

    private void inField(int c) throws SplitException {
      if (c == '\n' || c == '\r' || c == EOL) {
        save();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
      } else if (c == '\\') {
        state = State.ESCAPED_CHAR;
      } else if (c == ',') {
        save();
        state = State.START_FIELD;
      } else {
        add(c);
      }
    }
  }

  /**
   * {@code list(csv.reader(StringIO(value), escapechar='\\'))[0]}: every record is read (an
   * error in a later one fails the whole), the first is returned.
   */
  static List<String> csvFirstRecord(String value) throws SplitException {
    List<String> first = null;
    int pos = 0;
    while (true) {
      Reader r = new Reader();
      boolean complete = false;
      do {
        if (pos >= value.length()) {
          // End of input: a pending field or quoted field still makes a record; else there is none.
          if (r.field.length() != 0 || r.state == State.IN_QUOTED_FIELD) {
            r.save();
            complete = true;
          }
          break;
        }
        // StringIO yields lines that keep their '\n'.
        int end = value.indexOf('\n', pos);
        end = end < 0 ? value.length() : end + 1;
        for (int i = pos; i < end; ) {
          int c = value.codePointAt(i);
          r.process(c);
          i += Character.charCount(c);
        }
        pos = end;
        r.process(EOL);
        complete = r.state == State.START_RECORD;
      } while (!complete);
      if (!complete) {
        break;
      }
      if (first == null) {
        first = r.fields;
      }
      if (pos >= value.length()) {
        break;
      }
    }
    if (first == null) {
      throw new SplitException("list index out of range");
    }
    return first;
  }
}
