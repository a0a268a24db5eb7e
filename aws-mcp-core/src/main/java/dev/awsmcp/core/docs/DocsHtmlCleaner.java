package dev.awsmcp.core.docs;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cuts an AWS documentation page down to its article: the main column without navigation,
 * feedback widgets, copy buttons and footers, with links made absolute, note boxes turned into
 * quotes, each code block's language named the way the Markdown converter reads it, and tables
 * given a header row. Stateless.
 */
final class DocsHtmlCleaner {
  // Where the article sits, most specific first: docs.aws.amazon.com puts it in #main-col-body.
  private static final List<String> MAIN_COLUMN = List.of(
      "#main-col-body", "main", "[role=main]", "#main-content", "article", "body");

  private static final String BOILERPLATE = String.join(", ",
      "script", "style", "noscript", "template", "iframe", "form", "button", "svg", "img", "nav", "header", "footer",
      "aside", "awsdocs-copyright", "awsdocs-thumb-feedback", "awsdocs-language-banner", "awsdocs-page-header",
      "awsdocs-filter-selector", "awsdocs-page-utilities", "awsdocs-breadcrumb", "awsui-icon",
      ".awsdocs-page-header-container", ".awsdocs-page-utilities", "#main-col-footer", ".prev-next",
      "#quick-feedback-yes", "#quick-feedback-no", ".code-btn-container", ".btn-copy-code", ".doc-cookie-banner",
      "#js_error_message", ".page-loading-indicator", "#tools-panel", ".feedback-container");

  // Classes on <pre> and <code> that describe layout, not a language.
  private static final List<String> NOT_LANGUAGES = List.of("programlisting", "screen", "nohighlight", "code", "userinput");

  /** The article of a page, and the page's title. */
  record Article(Optional<String> title, Element body) {}

  private DocsHtmlCleaner() {}

  static Article clean(String html, String pageUrl) {
    Document doc = Jsoup.parse(html, pageUrl);
    Optional<String> title = Optional.of(doc.title().strip()).filter(t -> !t.isEmpty())
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(h -> h.text().strip()).filter(t -> !t.isEmpty()));
    Element main = MAIN_COLUMN.stream().map(doc::selectFirst).filter(e -> e != null).findFirst().orElse(doc.body());
    main.select(BOILERPLATE).remove();
    notesAsQuotes(main);
    codeLanguages(main);
    tableHeaders(main);
    definitionLists(main);
    absoluteLinks(main);
    // Layout containers carry no meaning in Markdown, and flexmark loses a quote's text when a
    // <div> follows it: flatten them.
    main.select("div").forEach(div -> {
      if (div != main) {
        div.unwrap();
      }
    });
    return new Article(title, main);
  }

  private static void notesAsQuotes(Element main) {
    for (Element note : main.select("div.awsdocs-note")) {
      Element titleElement = note.selectFirst(".awsdocs-note-title");
      String label = titleElement == null ? "Note" : titleElement.text().strip();
      Element text = note.selectFirst(".awsdocs-note-text");
      Element quote = new Element("blockquote");
      quote.appendElement("p").appendElement("strong").text(label.isEmpty() ? "Note" : label);
      if (text != null) {
        quote.insertChildren(-1, text.childNodesCopy());
      }
      note.replaceWith(quote);
    }
  }

  private static void codeLanguages(Element main) {
    for (Element pre : main.select("pre")) {
      // Links in code (API reference syntax blocks link each member) would print their URLs.
      pre.select("a").unwrap();
      Element code = pre.selectFirst("code");
      if (code == null) {
        String text = pre.wholeText();
        pre.empty();
        code = pre.appendElement("code").text(text);
      }
      // Without a language flexmark writes an indented block, which a following list swallows.
      String language = languageOf(code).or(() -> languageOf(pre)).orElse("text");
      code.clearAttributes();
      code.addClass("language-" + language);
    }
  }

  private static Optional<String> languageOf(Element e) {
    return e.classNames().stream()
        .map(c -> c.startsWith("language-") ? c.substring("language-".length()) : c)
        .filter(c -> !c.isBlank() && !NOT_LANGUAGES.contains(c))
        .findFirst();
  }

  private static void tableHeaders(Element main) {
    // A GitHub table needs a header row; AWS tables without <th> get their first row promoted.
    for (Element table : main.select("table")) {
      if (table.selectFirst("th") == null) {
        Element first = table.selectFirst("tr");
        if (first != null) {
          first.select("td").tagName("th");
        }
      }
    }
  }

  // GitHub Markdown has no definition lists (API references list parameters in them): a term
  // becomes a bold paragraph and its definition the blocks that follow.
  private static void definitionLists(Element main) {
    for (Element dl : main.select("dl")) {
      for (Element dt : dl.select("> dt")) {
        Element p = new Element("p");
        p.appendElement("strong").insertChildren(0, dt.childNodesCopy());
        dt.replaceWith(p);
      }
      for (Element dd : dl.select("> dd")) {
        boolean blocks = dd.children().stream().anyMatch(c -> c.isBlock());
        if (!blocks) {
          dd.tagName("p");
        } else {
          dd.unwrap();
        }
      }
      dl.unwrap();
    }
  }

  private static void absoluteLinks(Element main) {
    for (Element a : main.select("a")) {
      String href = a.hasAttr("href") ? a.absUrl("href") : "";
      if (href.isEmpty() || !(href.startsWith("https://") || href.startsWith("http://"))) {
        a.unwrap();
      } else {
        a.clearAttributes();
        a.attr("href", href);
      }
    }
  }
}
