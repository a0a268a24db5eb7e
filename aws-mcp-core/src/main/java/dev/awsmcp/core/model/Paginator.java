package dev.awsmcp.core.model;

import java.util.List;
import java.util.Optional;

/**
 * How an operation pages: which input members carry the token and the page size, where the next
 * token is in the output, and which output members are merged across pages.
 *
 * @param inputTokens input members that receive the next token
 * @param outputTokens JMESPath-like paths of the next token in the output
 * @param limitKey the input member that sets the page size, if any
 * @param moreResults the output member that says more pages exist, if any
 * @param resultKeys output paths merged across pages
 * @param nonAggregateKeys output paths taken from the last page, not merged
 */
public record Paginator(
    List<String> inputTokens,
    List<String> outputTokens,
    Optional<String> limitKey,
    Optional<String> moreResults,
    List<String> resultKeys,
    List<String> nonAggregateKeys) {

  public Paginator {
    inputTokens = List.copyOf(inputTokens);
    outputTokens = List.copyOf(outputTokens);
    resultKeys = List.copyOf(resultKeys);
    nonAggregateKeys = List.copyOf(nonAggregateKeys);
  }
}
