package dev.awsmcp.core.docs;

import dev.awsmcp.api.docs.PageSection;
import dev.awsmcp.api.docs.PageSections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sections in a page's Markdown by heading: a section runs from its ATX heading to the next
 * heading of the same or a higher level. Headings inside fenced code blocks do not count.
 * Stateless.
 */
final class MarkdownSections {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

  private MarkdownSections() {}

  private record Heading(int line, int level, String title) {}

  static PageSections select(String url, String markdown, List<String> titles) {
    String[] lines = markdown.split("\n", -1);
    List<Heading> headings = headings(lines);
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String t : titles) {
      wanted.putIfAbsent(key(t), t);
    }
    List<PageSection> found = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (!wanted.containsKey(key(h.title())) || matched.contains(key(h.title()))) {
        continue;
      }
      int end = lines.length;
      for (int j = i + 1; j < headings.size(); j++) {
        if (headings.get(j).level() <= h.level()) {
          end = headings.get(j).line();
          break;
        }
      }
      found.add(new PageSection(h.title(), String.join("\n", java.util.Arrays.copyOfRange(lines, h.line(), end)).strip() + "\n"));
      matched.add(key(h.title()));
    }
    List<String> missing = new ArrayList<>();
    wanted.forEach((k, original) -> {
      if (!matched.contains(k)) {
        missing.add(original);
      }
    });
    return new PageSections(url, found, missing, headings.stream().map(Heading::title).toList());
  }

  private static List<Heading> headings(String[] lines) {
    List<Heading> out = new ArrayList<>();
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.stripLeading().startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (!inFence && m.matches()) {
        out.add(new Heading(i, m.group(1).length(), m.group(2)));
      }
    }
    return out;
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
