package dev.awsmcp.core.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a request asks to do, as the verbs AWS operation names begin with ({@code action-words.tsv}):
 * "get rid of" → delete, terminate, remove; "show" → list, describe, get; "spin up" → create, run.
 * Most wrong suggestions name the right service and the wrong operation, and the operation's
 * verb is what tells {@code create-table} from {@code delete-table}; {@link IntentPrior} favours
 * the candidates whose verb the request asks for. Immutable.
 */
final class ActionWords {
  private static final String RESOURCE = "action-words.tsv";

  private record Entry(Pattern phrase, List<String> verbs) {}

  private final List<Entry> entries;

  private ActionWords(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static ActionWords load() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = ActionWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t");
        if (line.startsWith("#") || columns.length != 2) {
          continue;
        }
        entries.add(new Entry(Pattern.compile("(?<![\\w-])" + inflected(columns[0]) + "(?![\\w-])"),
            List.of(columns[1].split(" "))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    // Longest phrases first: "get rid of" is read before, and instead of, its "get".
    entries.sort(java.util.Comparator.comparingInt((Entry e) -> e.phrase().pattern().length()).reversed());
    return new ActionWords(entries);
  }

  /** A phrase with its last word's -s, -ed and -ing forms: "delete" also matches "deleting". */
  private static String inflected(String phrase) {
    if (phrase.endsWith("e")) {
      return Pattern.quote(phrase.substring(0, phrase.length() - 1)) + "(?:e|es|ed|ing)";
    }
    return Pattern.quote(phrase) + "(?:s|es|ed|ing)?";
  }

  /** The operation verbs the phrases of a request ask for; empty if it has none. */
  Set<String> verbsFor(String request) {
    String lower = request.toLowerCase(Locale.ROOT);
    Set<String> verbs = new LinkedHashSet<>();
    for (Entry e : entries) {
      java.util.regex.Matcher m = e.phrase().matcher(lower);
      if (m.find()) {
        verbs.addAll(e.verbs());
        // The words of a phrase found are not read again as a shorter phrase.
        lower = m.replaceAll(match -> " ".repeat(match.group().length()));
      }
    }
    return verbs;
  }
}
