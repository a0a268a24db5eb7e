package dev.awsmcp.core.docs;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * HTML to Markdown: a documentation page's article (see {@link DocsHtmlCleaner}) through
 * flexmark's converter, with ATX headings, fenced code blocks that keep their language, GitHub
 * tables and absolute links. Also converts the HTML fragments the service models carry.
 * Thread-safe.
 */
final class PageConverter {
  private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");
  // flexmark lets a quote interrupt the paragraph before it; a blank line keeps them apart.
  private static final Pattern QUOTE_AFTER_TEXT = Pattern.compile("(?m)^([^>\n].*)\n(>)");

  private final FlexmarkHtmlConverter converter;

  /** A converted page. */
  record Converted(Optional<String> title, String markdown) {}

  PageConverter() {
    MutableDataSet options = new MutableDataSet()
        .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
        .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
        .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
        .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
        .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
        .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1)
        .set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0);
    this.converter = FlexmarkHtmlConverter.builder(options).build();
  }

  /** A whole documentation page, read from {@code pageUrl}. */
  Converted page(String html, String pageUrl) {
    DocsHtmlCleaner.Article article = DocsHtmlCleaner.clean(html, pageUrl);
    return new Converted(article.title(), markdownOf(article.body()));
  }

  /** An HTML fragment, as the service models' documentation strings are. */
  String fragment(String html) {
    return tidy(converter.convert(html));
  }

  private String markdownOf(Element body) {
    return tidy(converter.convert(body.outerHtml()));
  }

  private static String tidy(String markdown) {
    String md = QUOTE_AFTER_TEXT.matcher(markdown.replace("\r\n", "\n")).replaceAll("$1\n\n$2");
    return BLANK_RUNS.matcher(md).replaceAll("\n\n").strip() + "\n";
  }
}
