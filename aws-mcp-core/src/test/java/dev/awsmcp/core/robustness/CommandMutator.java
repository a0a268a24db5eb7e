package dev.awsmcp.core.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes fuzz inputs from a {@link FuzzCorpus}: real example commands mutated at the character and
 * the word level, and token soup made of real service, operation and option names and values.
 * Input {@code n} of seed {@code s} is always the same text, whatever came before it, so one
 * input can be regenerated from its seed and number alone. Not thread-safe.
 */
final class CommandMutator {
  /** Longest run of one character or snippet an injection makes, except the rare huge one. */
  private static final int LONG_RUN = 5_000;
  private static final int HUGE_RUN = 200_000;

  private static final String[] SNIPPETS = {
      "'", "\"", "\\", "\\\\", "=", "{", "}", "[", "]", ",", ":", "--", "-", " ", "  ", "\t", "\n", "\\\n",
      "file://", "fileb://", "http://", "file:///", "file://missing.json", "file:///nonexistent/x", "file://~",
      "Name=", "Key=k,Value=v", "{\"a\":", "[{", "}]", "={", "\"\"", "''", "`", "$(", "|", ";", "&&", ">", "<",
      "@=", "\\'", "\\\"", "null", "true", "-1", "1e309", "NaN", "99999999999999999999", "0x10", "1_000",
      "--cli-input-json", "--cli-input-yaml", "--query", "--region", "--output", "--profile", "--endpoint-url",
      "--no-paginate", "--max-items", "--page-size", "--starting-token", "--generate-cli-skeleton", "--debug",
      "help", "wait", "s3", "cp", "ls", "configure", "aws", "--cli-binary-format", "base64",
  };

  private static final String[] ODD_TEXT = {
      "\u0000", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u00A0", "\u200B", "\u200D", "\u202E", "\u2028",
      "\uFEFF", "\uD800", "\uDC00", "\uDE00\uD83D", "\uD83D\uDE80", "\u0301", "\uFF15", "\u0661", "\uFFFF",
      "\uFFFD", "\u3000", "\u0130", "\u00DF", "\u1680",
  };

  // Values that stress one type each: numbers, timestamps, blobs, booleans, JSON, shorthand, files.
  private static final String[] TRICKY_VALUES = {
      "99999999999999999999", "-99999999999999999999", "1e400", "-1e400", "1e-400", "nan", "-inf", "Infinity",
      "0x1F", "1_0", "-0", "+5", " 7 ", "\u0663", "\uFF17", "9".repeat(4301),
      "253402300800", "-62135596801", "1e11", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
      "2024-02-30", "2024-01-01T25:61:61", "2024-01-01T00:00:00+99:99", "Wed, 31 Feb 2024 12:00:00 GMT", "now",
      "====", "%%%", "a", "QUJD", "true", "false", "TRUE", "maybe", "null", "{}", "[]", "[null]", "{\"a\":null}",
      "{\"a\":1,\"a\":2}", "[1,2", "{\"a\":[{\"b\":{}}]}", "'{\"Key\":\"k\"}'", "a=b,c=d", "a=[b,c]", "a={b=c}",
      "a=", "=b", ",,,", "a=b,,", "a=b,a=c", "a@=file:///nonexistent", "a=\"b,c\"", "a='b'", "a=b\\,c",
      "Name=x,Values=[", "Key=,Value=", "[{\"Name\":\"x\",\"Values\":[\"\\ud800\"]}]", "\"\\u0000\"",
  };

  private final FuzzCorpus corpus;
  private final long seed;

  CommandMutator(FuzzCorpus corpus, long seed) {
    this.corpus = corpus;
    this.seed = seed;
  }

  /** Input number {@code n}: what kind it is and its text. */
  FuzzInput input(long n) {
    Random r = new Random(seed ^ (n * 0x9E3779B97F4A7C15L));
    int pick = r.nextInt(10);
    if (pick < 7) {
      return new FuzzInput(n, "mutated example", mutate(example(r), r));
    }
    if (pick < 9) {
      return new FuzzInput(n, "token soup", soup(r));
    }
    return new FuzzInput(n, "mutated soup", mutate(soup(r), r));
  }

  private String example(Random r) {
    return corpus.commands.get(r.nextInt(corpus.commands.size()));
  }

  private String mutate(String text, Random r) {
    String s = text;
    int rounds = 1 + r.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      s = r.nextBoolean() ? mutateWords(s, r) : mutateChars(s, r);
    }
    return s;
  }

  private String mutateChars(String s, Random r) {
    int from = r.nextInt(4) == 0 ? 0 : argumentsStart(s);
    int at = from + r.nextInt(s.length() - from + 1);
    int len = Math.min(s.length() - at, 1 + r.nextInt(8));
    StringBuilder sb = new StringBuilder(s);
    switch (r.nextInt(8)) {
      case 0:
        return sb.delete(at, at + len).toString();
      case 1:
        return sb.insert(at, s, at, at + len).toString();
      case 2:
        if (at + 1 < s.length()) {
          char c = sb.charAt(at);
          sb.setCharAt(at, sb.charAt(at + 1));
          sb.setCharAt(at + 1, c);
        }
        return sb.toString();
      case 3:
        return sb.insert(at, SNIPPETS[r.nextInt(SNIPPETS.length)]).toString();
      case 4:
        return sb.insert(at, ODD_TEXT[r.nextInt(ODD_TEXT.length)]).toString();
      case 5:
        return sb.insert(at, run(r)).toString();
      case 6:
        return sb.insert(at, nest(r)).toString();
      default:
        return s.substring(0, at);
    }
  }

  private String mutateWords(String s, Random r) {
    List<String> words = new ArrayList<>(FuzzCorpus.words(s));
    if (words.isEmpty()) {
      return soup(r);
    }
    // Mostly the arguments: a mangled service or operation name ends parsing early.
    int from = words.size() > 3 && r.nextInt(4) != 0 ? 3 : 0;
    int i = from + r.nextInt(words.size() - from);
    int j = from + r.nextInt(words.size() - from);
    switch (r.nextInt(9)) {
      case 0:
        words.remove(i);
        break;
      case 1:
        words.add(i, words.get(j));
        break;
      case 2:
        String w = words.get(i);
        words.set(i, words.get(j));
        words.set(j, w);
        break;
      case 3:
        List<String> other = FuzzCorpus.words(example(r));
        if (!other.isEmpty()) {
          words.add(i, other.get(r.nextInt(other.size())));
        }
        break;
      case 4:
        boolean afterOption = i > 0 && words.get(i - 1).startsWith("--");
        words.set(i, afterOption && r.nextBoolean() ? TRICKY_VALUES[r.nextInt(TRICKY_VALUES.length)] : vocabulary(r));
        break;
      case 5:
        int times = r.nextInt(20) == 0 ? 1 + r.nextInt(LONG_RUN) : 1 + r.nextInt(50);
        String repeated = words.get(i);
        for (int k = 0; k < times; k++) {
          words.add(i, repeated);
        }
        break;
      case 6:
        char q = r.nextBoolean() ? '\'' : '"';
        words.set(i, r.nextBoolean() ? q + words.get(i) + q : q + words.get(i));
        break;
      case 7:
        words.set(i, words.get(i) + "=" + words.get(j));
        break;
      default:
        words.add(i, (r.nextBoolean() ? "file://" : "fileb://") + words.get(j));
        break;
    }
    return String.join(r.nextInt(10) == 0 ? "  " : " ", words);
  }

  // Where the words after "aws <service> <operation>" begin; 0 when there are none.
  private static int argumentsStart(String s) {
    int at = 0;
    for (int word = 0; word < 3; word++) {
      at = s.indexOf(' ', at + 1);
      if (at < 0) {
        return 0;
      }
    }
    return at;
  }

  private String soup(Random r) {
    List<String> words = new ArrayList<>();
    if (r.nextInt(10) != 0) {
      words.add("aws");
    }
    // Mostly a service with example commands, whose operation names are known.
    String service = r.nextInt(10) == 0 ? corpus.services.get(r.nextInt(corpus.services.size()))
        : corpus.exampleServices.get(r.nextInt(corpus.exampleServices.size()));
    words.add(service);
    List<String> ops = corpus.operations.getOrDefault(service, corpus.allOperations);
    String operation = r.nextInt(10) == 0 ? corpus.allOperations.get(r.nextInt(corpus.allOperations.size()))
        : ops.get(r.nextInt(ops.size()));
    words.add(operation);
    // Mostly options the examples give this operation, so that values get read.
    List<String> own = corpus.optionsOf.getOrDefault(service + " " + operation, corpus.options);
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      List<String> from = r.nextInt(4) == 0 ? corpus.options : own;
      words.add(from.get(r.nextInt(from.size())));
      int values = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2);
      for (int k = 0; k < values; k++) {
        int source = r.nextInt(8);
        words.add(source == 0 ? vocabulary(r) : source == 1 ? TRICKY_VALUES[r.nextInt(TRICKY_VALUES.length)]
            : corpus.values.get(r.nextInt(corpus.values.size())));
      }
    }
    return String.join(" ", words);
  }

  private String vocabulary(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return corpus.services.get(r.nextInt(corpus.services.size()));
      case 1:
        return corpus.allOperations.get(r.nextInt(corpus.allOperations.size()));
      case 2:
        return corpus.options.get(r.nextInt(corpus.options.size()));
      case 3:
        return SNIPPETS[r.nextInt(SNIPPETS.length)];
      case 4:
        return ODD_TEXT[r.nextInt(ODD_TEXT.length)];
      default:
        return corpus.values.get(r.nextInt(corpus.values.size()));
    }
  }

  // A long run of one character or snippet; rarely a huge one near the line length limit.
  private String run(Random r) {
    String unit = r.nextBoolean() ? SNIPPETS[r.nextInt(SNIPPETS.length)] : String.valueOf((char) (0x20 + r.nextInt(0x5F)));
    int times = r.nextInt(50) == 0 ? HUGE_RUN / Math.max(1, unit.length()) : 1 + r.nextInt(LONG_RUN / Math.max(1, unit.length()));
    return unit.repeat(times);
  }

  // Deep nesting in one of the syntaxes a value or query can have, sometimes closed again.
  private String nest(Random r) {
    String[][] kinds = {{"[", "]"}, {"{\"a\":", "}"}, {"{a=", "}"}, {"(", ")"}, {"!", ""}, {"a[", "]"}, {"{a:", "}"}};
    String[] kind = kinds[r.nextInt(kinds.length)];
    int depth = 1 + r.nextInt(r.nextInt(10) == 0 ? 20_000 : 1_500);
    String open = kind[0].repeat(depth);
    return r.nextBoolean() ? open : open + "1" + kind[1].repeat(depth);
  }

  /** One generated input: its number, how it was made, and its text. */
  record FuzzInput(long number, String kind, String text) {}
}
