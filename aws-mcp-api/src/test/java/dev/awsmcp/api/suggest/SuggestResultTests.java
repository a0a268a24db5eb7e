package dev.awsmcp.api.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SuggestResultTests {
  private static Suggestion listBuckets(double score) {
    return new Suggestion("aws s3api list-buckets", "s3api", "list-buckets", "Lists your buckets.", List.of(), score);
  }

  @Test
  void suggestionsAreCopiedSoTheResultCannotChange() {
    List<Suggestion> mutable = new ArrayList<>(List.of(listBuckets(1)));
    SuggestResult result = SuggestResult.success("my buckets", mutable, true);
    mutable.clear();
    assertEquals(1, result.suggestions().size());
    assertThrows(UnsupportedOperationException.class, () -> result.suggestions().add(listBuckets(0.5)));
  }

  @Test
  void aFailureCarriesItsErrorAndNoSuggestions() {
    SuggestResult result = SuggestResult.failure("", CommandError.of(ErrorCode.EMPTY_QUERY, "empty"));
    assertFalse(result.isSuccess());
    assertThrows(NoSuchElementException.class, result::best);
    assertThrows(IllegalArgumentException.class, () -> new SuggestResult("q", List.of(listBuckets(1)), true,
        java.util.Optional.of(CommandError.of(ErrorCode.EMPTY_QUERY, "empty"))));
  }

  @Test
  void scoresOutsideTheUnitIntervalAreBugs() {
    assertThrows(IllegalArgumentException.class, () -> listBuckets(0));
    assertThrows(IllegalArgumentException.class, () -> listBuckets(1.5));
    assertThrows(IllegalArgumentException.class, () -> listBuckets(Double.NaN));
  }

  @Test
  void aRequiredParameterNeedsANameAndAType() {
    assertThrows(IllegalArgumentException.class, () -> new RequiredParameter("--bucket", " "));
    assertEquals("list<string>", new RequiredParameter("--instance-ids", "list<string>").type());
  }
}
