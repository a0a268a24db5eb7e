package dev.awsmcp.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real-shaped documentation pages (written for these tests after the structure of
 * docs.aws.amazon.com pages: main column, page header, notes, procedures, copy buttons, feedback,
 * footers) converted to Markdown and compared with the expected files beside them.
 */
class DocsPageConversionTests {
  private static final String BASE = "https://docs.aws.amazon.com/widget/latest/dg/";
  private final PageConverter converter = new PageConverter();

  @ParameterizedTest
  @ValueSource(strings = {"user-guide-procedure", "api-reference", "quotas-tables", "main-element-layout"})
  void eachPageConvertsToItsExpectedMarkdown(String page) {
    String html = DocsPeer.resource("pages/" + page + ".html");
    String expected = DocsPeer.resource("pages/" + page + ".md");
    assertEquals(expected, converter.page(html, BASE + page + ".html").markdown());
  }

  @Test
  void boilerplateAroundTheArticleIsGone() {
    String md = converter.page(DocsPeer.resource("pages/user-guide-procedure.html"), BASE + "q.html").markdown();
    for (String noise : new String[] {"Did this page help", "Document Conventions", "Javascript is disabled", "Welcome",
        "Copy", "awsdocs"}) {
      assertFalse(md.contains(noise), () -> "still holds " + noise + ":\n" + md);
    }
  }

  @Test
  void codeBlocksKeepTheirLanguageAndLinksBecomeAbsolute() {
    String md = converter.page(DocsPeer.resource("pages/user-guide-procedure.html"), BASE + "q.html").markdown();
    assertTrue(md.contains("```bash\naws widget create-queue"), md);
    assertTrue(md.contains("](https://docs.aws.amazon.com/widget/latest/dg/consumers.html)"), md);
  }

  @Test
  void theTitleComesFromTheHeadAndElseTheFirstHeading() {
    assertEquals(Optional.of("PutWidget - Amazon Widget Service"),
        converter.page(DocsPeer.resource("pages/api-reference.html"), BASE + "a.html").title());
    assertEquals(Optional.of("Only a heading"), converter.page("<body><h1>Only a heading</h1><p>x</p></body>", BASE).title());
  }

  @Test
  void aTableWithoutHeaderCellsGetsItsFirstRowAsHeader() {
    String md = converter.page("<main><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></main>", BASE)
        .markdown();
    assertTrue(md.startsWith("| a | b |\n|---|---|\n| c | d |"), md);
  }
}
