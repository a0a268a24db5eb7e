package dev.awsmcp.core.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks an input that breaks the contract to a smaller one that breaks it the same way: drops
 * words, then halves long runs of one character, then drops ever smaller chunks of characters
 * (a simple delta debugging). Stops at its time budget with the smallest input found so far.
 */
final class InputMinimizer {
  private final Predicate<String> stillFails;
  private final long deadline;

  InputMinimizer(Predicate<String> stillFails, long budgetMillis) {
    this.stillFails = stillFails;
    this.deadline = System.nanoTime() + budgetMillis * 1_000_000;
  }

  String minimize(String input) {
    String best = dropWords(input);
    best = shortenRuns(best);
    return dropChunks(best);
  }

  private boolean timeLeft() {
    return System.nanoTime() < deadline;
  }

  private String dropWords(String input) {
    List<String> words = new ArrayList<>(List.of(input.split(" ", -1)));
    for (int i = words.size() - 1; i >= 0 && timeLeft(); i--) {
      List<String> fewer = new ArrayList<>(words);
      fewer.remove(i);
      if (stillFails.test(String.join(" ", fewer))) {
        words = fewer;
      }
    }
    return String.join(" ", words);
  }

  // A run of one character ("[[[[[[[[", n of them) cut to the fewest that still fail, by bisection.
  private String shortenRuns(String input) {
    String best = input;
    for (int i = 0; i < best.length() && timeLeft(); ) {
      int j = i;
      while (j < best.length() && best.charAt(j) == best.charAt(i)) {
        j++;
      }
      if (j - i >= 8) {
        int low = 1;
        int high = j - i;
        while (low < high && timeLeft()) {
          int mid = (low + high) / 2;
          if (stillFails.test(best.substring(0, i + mid) + best.substring(j))) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        best = best.substring(0, i + high) + best.substring(j);
        j = i + high;
      }
      i = j;
    }
    return best;
  }

  private String dropChunks(String input) {
    String best = input;
    for (int chunk = Math.max(1, best.length() / 2); chunk >= 1 && timeLeft(); chunk /= 2) {
      for (int at = best.length() - chunk; at >= 0 && timeLeft(); at -= chunk) {
        String shorter = best.substring(0, at) + best.substring(at + chunk);
        if (stillFails.test(shorter)) {
          best = shorter;
        }
      }
    }
    return best;
  }
}
