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
 * Everyday words for AWS concepts and the words AWS uses for them ({@code everyday-terms.tsv}):
 * "virtual machine" → "ec2 instance", "disk" → "ebs volume", "remove" → "delete". A request is
 * searched with the AWS words of every phrase it contains added, because neither BM25 nor the
 * small embedding model bridges the two vocabularies (docs/suggest.md). Immutable.
 */
final class EverydayTerms {
  private static final String RESOURCE = "everyday-terms.tsv";

  private record Entry(Pattern phrase, String awsWords) {}

  private final List<Entry> entries;

  private EverydayTerms(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static EverydayTerms load() {
    return load(RESOURCE);
  }

  /** The list in another resource of this package (experiments compare lists). */
  static EverydayTerms load(String resource) {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = EverydayTerms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t");
        if (line.startsWith("#") || columns.length != 2) {
          continue;
        }
        entries.add(new Entry(Pattern.compile("(?<![\\w-])" + Pattern.quote(columns[0]) + "(?![\\w-])"), columns[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new EverydayTerms(entries);
  }

  /** The AWS words for the everyday phrases in a request, space separated; empty if none. */
  String awsWordsFor(String request) {
    String lower = request.toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (e.phrase().matcher(lower).find()) {
        words.add(e.awsWords());
      }
    }
    return String.join(" ", words);
  }
}
