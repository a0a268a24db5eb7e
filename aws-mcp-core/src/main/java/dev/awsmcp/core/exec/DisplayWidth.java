package dev.awsmcp.core.exec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The width the AWS CLI's table format gives a text: two columns for each character whose
 * Unicode East Asian Width is Wide, Fullwidth or Ambiguous, one for every other. Java has no
 * East Asian Width property, so the ranges come from Python's Unicode database
 * ({@code tools/output/east_asian_width.py}). Thread-safe.
 */
final class DisplayWidth {
  private static final int[][] WIDE = load();

  private DisplayWidth() {}

  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      width += isWide(cp) ? 2 : 1;
    }
    return width;
  }

  static boolean isWide(int cp) {
    int[] starts = WIDE[0];
    int i = Arrays.binarySearch(starts, cp);
    if (i >= 0) {
      return true;
    }
    int range = -i - 2;
    return range >= 0 && cp <= WIDE[1][range];
  }

  private static int[][] load() {
    List<int[]> ranges = new ArrayList<>();
    try (InputStream in = DisplayWidth.class.getResourceAsStream("wide-code-points.txt")) {
      if (in == null) {
        throw new IllegalStateException("wide-code-points.txt is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ");
        ranges.add(new int[] {Integer.parseInt(parts[0], 16), Integer.parseInt(parts[1], 16)});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[][] out = new int[2][ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      out[0][i] = ranges.get(i)[0];
      out[1][i] = ranges.get(i)[1];
    }
    return out;
  }
}
