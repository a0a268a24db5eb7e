package dev.awsmcp.core.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 tree hash Glacier wants with uploads: hashes of 1 MiB chunks, combined pairwise
 * (an odd one out moves up as is) until one hash is left.
 */
final class GlacierTreeHash {
  private static final int CHUNK = 1024 * 1024;

  private GlacierTreeHash() {}

  static String treeHash(byte[] body) {
    List<byte[]> level = new ArrayList<>();
    for (int off = 0; off < body.length; off += CHUNK) {
      level.add(sha256(Arrays.copyOfRange(body, off, Math.min(body.length, off + CHUNK))));
    }
    if (level.isEmpty()) {
      level.add(sha256(body));
    }
    while (level.size() > 1) {
      List<byte[]> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        if (i + 1 < level.size()) {
          byte[] pair = new byte[64];
          System.arraycopy(level.get(i), 0, pair, 0, 32);
          System.arraycopy(level.get(i + 1), 0, pair, 32, 32);
          next.add(sha256(pair));
        } else {
          next.add(level.get(i));
        }
      }
      level = next;
    }
    return HexFormat.of().formatHex(level.get(0));
  }

  static String linearHash(byte[] body) {
    return HexFormat.of().formatHex(sha256(body));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
