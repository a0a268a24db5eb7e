package dev.awsmcp.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.awsmcp.api.CommandSuggester;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.suggest.SuggestResult;
import org.junit.jupiter.api.Test;

/** Requests the suggester refuses, and limits it adjusts: never an exception. */
class SuggestInputTests {
  private final OfflineCommandSuggester suggester = SuggestTestIndex.suggester();

  @Test
  void blankAndMissingRequestsAreErrorValues() {
    for (String query : new String[] {null, "", "   \n"}) {
      SuggestResult r = suggester.suggest(query, 5);
      assertFalse(r.isSuccess());
      assertEquals(ErrorCode.EMPTY_QUERY, r.error().orElseThrow().code());
    }
  }

  @Test
  void requestsOverTheLimitAreRefusedAndTheirEchoIsCut() {
    SuggestResult r = suggester.suggest("list buckets ".repeat(200), 5);
    assertEquals(ErrorCode.QUERY_TOO_LONG, r.error().orElseThrow().code());
    assertEquals(CommandSuggester.MAX_QUERY_LENGTH, r.query().length());
    assertEquals(ErrorCode.EMPTY_QUERY.defaultKind(), r.error().orElseThrow().kind());
  }

  @Test
  void limitsAreRaisedToOneAndLoweredToTheMaximum() {
    assertEquals(1, suggester.suggest("list buckets", 0).suggestions().size());
    assertEquals(CommandSuggester.MAX_LIMIT, suggester.suggest("list buckets", 1_000).suggestions().size());
  }

  @Test
  void aRequestWithNoSearchableWordsStillAnswersFromTheSemanticHalf() {
    SuggestResult r = suggester.suggest("?!", 3);
    assertEquals(3, r.suggestions().size());
  }
}
