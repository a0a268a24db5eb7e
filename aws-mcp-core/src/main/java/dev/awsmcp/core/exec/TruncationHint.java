package dev.awsmcp.core.exec;

import dev.awsmcp.api.exec.Truncation;
import java.util.Optional;

/**
 * What {@link ResponseLimiter} did to an answer, and the words that tell an agent how to get the
 * rest: the exact {@code --starting-token} after the last item kept when that is known, else
 * narrowing with {@code --query} or paging with {@code --max-items}.
 *
 * @param primaryResultKey the paginated list that was cut, if one was
 * @param kept items of that list kept
 * @param total items it had
 * @param token the token that resumes after the last item kept
 */
record TruncationHint(long originalChars, long returnedChars, int maxChars, Optional<String> primaryResultKey,
    int kept, int total, Optional<String> token, int listsCut, int stringsCut, int membersCut, boolean collapsed) {

  Truncation truncation() {
    return new Truncation(originalChars, returnedChars, text());
  }

  String text() {
    StringBuilder h = new StringBuilder();
    h.append(String.format("The answer was %,d characters of JSON, over the limit of %,d; %,d are shown.",
        originalChars, maxChars, returnedChars));
    primaryResultKey.ifPresent(key -> {
      h.append(String.format(" %s shows the first %,d of %,d items.", key, kept, total));
      token.ifPresent(t -> h.append(" To continue right after the last item shown, run the same command with"
          + " --starting-token ").append(t).append('.'));
    });
    if (listsCut > 0) {
      h.append(String.format(" %,d list(s) were cut from the end.", listsCut));
    }
    if (stringsCut > 0) {
      h.append(String.format(" %,d long string(s) were shortened (marked …[+N chars]).", stringsCut));
    }
    if (membersCut > 0) {
      h.append(String.format(" %,d object member(s) were left out from the end.", membersCut));
    }
    if (collapsed) {
      h.append(" Nothing of the answer fits; only its shape is shown.");
    }
    h.append(" To see the rest, ask for less: select only the fields you need with --query,"
        + " or page with --max-items N (then --starting-token) when the command is paginated.");
    if (returnedChars > maxChars) {
      h.append(String.format(" The limit of %,d is below the smallest answer that can be shown.", maxChars));
    }
    return h.toString();
  }
}
