package dev.awsmcp.api;

import dev.awsmcp.api.docs.DocsPage;
import dev.awsmcp.api.docs.DocsResult;
import dev.awsmcp.api.docs.PageSections;
import dev.awsmcp.api.docs.Recommendations;
import dev.awsmcp.api.docs.SearchFilters;
import dev.awsmcp.api.docs.SearchHits;
import java.util.List;

/**
 * Searches and reads the AWS documentation, so an agent checks current AWS behaviour instead of
 * guessing from what it was trained on. Online it asks AWS's public documentation endpoints (no
 * credentials); when the network fails it serves cached pages, and offline it answers from the
 * local AWS service models. Every answer says which {@linkplain dev.awsmcp.api.docs.DocsSource
 * source} gave it.
 *
 * <p>Only AWS documentation pages are ever fetched: any other address is refused with
 * {@link dev.awsmcp.api.error.ErrorCode#DOCS_URL_REFUSED}. Never throws for bad input or for
 * anything the network can cause; the {@link DocsResult} says what happened. Implementations are
 * thread-safe.
 */
public interface DocsClient {
  /** The most hits one search returns. */
  int MAX_SEARCH_LIMIT = 50;
  /** Hits returned when no limit is given. */
  int DEFAULT_SEARCH_LIMIT = 10;
  /** Characters in one page window when no length is given, as the reference server reads. */
  int DEFAULT_MAX_LENGTH = 5_000;

  /**
   * Searches the documentation.
   *
   * @param phrase what to look for
   * @param limit how many hits at most, 1 to {@value #MAX_SEARCH_LIMIT}
   * @param filters products and guides to stay within
   */
  DocsResult<SearchHits> search(String phrase, int limit, SearchFilters filters);

  /** Searches with the default limit and no filter. */
  default DocsResult<SearchHits> search(String phrase) {
    return search(phrase, DEFAULT_SEARCH_LIMIT, SearchFilters.none());
  }

  /**
   * Reads one window of a page as Markdown.
   *
   * @param url an {@code https://docs.aws.amazon.com/...} page, or {@code aws SERVICE OPERATION}
   *     for the operation's reference page generated from the models
   * @param startIndex where to start, in characters of the page's Markdown
   * @param maxLength the most characters to return, at least 1
   */
  DocsResult<DocsPage> read(String url, int startIndex, int maxLength);

  /** Reads the first {@value #DEFAULT_MAX_LENGTH} characters of a page. */
  default DocsResult<DocsPage> read(String url) {
    return read(url, 0, DEFAULT_MAX_LENGTH);
  }

  /** Reads the sections of a page with the given titles (compared ignoring case), whole. */
  DocsResult<PageSections> readSections(String url, List<String> titles);

  /** Pages AWS recommends reading after the given one. Needs the network. */
  DocsResult<Recommendations> recommend(String url);
}
