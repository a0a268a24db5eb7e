package dev.awsmcp.core.cli;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Python's lenient {@code base64.b64decode(text)}, which AWS CLI v2 applies to blob values under
 * {@code --cli-binary-format base64}: characters outside the alphabet are skipped, decoding stops
 * at a complete padding, and a dangling character or missing padding is an error. Stateless.
 */
final class ArgumentValueBase64 {
  private ArgumentValueBase64() {}

  /** The decoded bytes, or empty when Python raises {@code binascii.Error} (or a non-ASCII error). */
  static Optional<byte[]> decode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 4 + 3);
    int quadPos = 0;
    int leftChar = 0;
    int pads = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return Optional.empty(); // "string argument should contain only ASCII characters"
      }
      if (c == '=') {
        if (quadPos >= 2 && quadPos + ++pads >= 4) {
          return Optional.of(out.toByteArray());
        }
        continue;
      }
      int v = value(c);
      if (v < 0) {
        continue;
      }
      pads = 0;
      switch (quadPos) {
        case 0:
          quadPos = 1;
          leftChar = v;
          break;
        case 1:
          quadPos = 2;
          out.write((leftChar << 2) | (v >> 4));
          leftChar = v & 0x0f;
          break;
        case 2:
          quadPos = 3;
          out.write((leftChar << 4) | (v >> 2));
          leftChar = v & 0x03;
          break;
        default:
          quadPos = 0;
          out.write((leftChar << 6) | v);
          leftChar = 0;
          break;
      }
    }
    return quadPos == 0 ? Optional.of(out.toByteArray()) : Optional.empty();
  }

  private static int value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
  }
}
