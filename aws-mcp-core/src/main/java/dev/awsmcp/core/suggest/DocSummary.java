package dev.awsmcp.core.suggest;

import java.util.regex.Pattern;

/**
 * The opening of an operation's documentation as plain text: tags dropped, entities decoded,
 * whitespace collapsed, cut after a number of sentences. The models' documentation is HTML and
 * often long (ec2's run-instances has pages); the first sentence says what the operation does,
 * which is all either half of the search needs and keeps embedding texts short.
 */
final class DocSummary {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  // A sentence ends at . ! or ? followed by a space and a capital, a digit or an opening bracket;
  // "e.g. the" and "Amazon S3. " style abbreviations rarely continue with a capital.
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9(\\[\"])");

  private DocSummary() {}

  /** Plain text of an HTML fragment. */
  static String plainText(String html) {
    String text = TAG.matcher(html).replaceAll(" ");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    return SPACE.matcher(text).replaceAll(" ").trim();
  }

  /** At most {@code sentences} sentences of the text, and at most {@code maxChars} characters. */
  static String firstSentences(String html, int sentences, int maxChars) {
    String text = plainText(html);
    String[] parts = SENTENCE_END.split(text, sentences + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(sentences, parts.length); i++) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(parts[i]);
    }
    return cut(out.toString(), maxChars);
  }

  private static String cut(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int space = text.lastIndexOf(' ', maxChars - 1);
    return text.substring(0, space > maxChars / 2 ? space : maxChars - 1) + "…";
  }
}
