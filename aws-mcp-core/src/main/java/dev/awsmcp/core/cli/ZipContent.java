package dev.awsmcp.core.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes open as a zip archive the way Python's {@code zipfile.ZipFile} opens them, which
 * the CLI checks for lambda's {@code --zip-file}: an end-of-central-directory record within the
 * last 64 KiB (Zip64 records honoured), and a central directory of well-formed entries. Entry
 * data is not read, as Python does not read it either. Stateless.
 */
final class ZipContent {
  private static final int END_SIZE = 22;
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int END64_LOCATOR_SIZE = 20;
  private static final int END64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int END64_SIZE = 56;
  private static final int END64_SIGNATURE = 0x06064b50;
  private static final int CENTRAL_SIZE = 46;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int MAX_EXTRACT_VERSION = 63;

  private ZipContent() {}

  static boolean isZip(byte[] data) {
    ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    int n = data.length;
    if (n < END_SIZE) {
      return false;
    }
    int end = -1;
    if (b.getInt(n - END_SIZE) == END_SIGNATURE && data[n - 2] == 0 && data[n - 1] == 0) {
      end = n - END_SIZE;
    } else {
      int from = Math.max(n - (1 << 16) - END_SIZE, 0);
      for (int i = n - 4; i >= from; i--) {
        if (b.getInt(i) == END_SIGNATURE) {
          end = i;
          break;
        }
      }
      if (end < 0 || end + END_SIZE > n) {
        return false;
      }
    }
    long sizeCd = b.getInt(end + 12) & 0xFFFFFFFFL;
    long offsetCd = b.getInt(end + 16) & 0xFFFFFFFFL;
    long concat = end - sizeCd - offsetCd;
    // Zip64: a locator just before the end record, then the Zip64 end record before it.
    int locator = end - END64_LOCATOR_SIZE;
    if (locator >= 0 && b.getInt(locator) == END64_LOCATOR_SIGNATURE) {
      long diskNumber = b.getInt(locator + 4) & 0xFFFFFFFFL;
      long disks = b.getInt(locator + 16) & 0xFFFFFFFFL;
      if (diskNumber != 0 || disks > 1) {
        return false;
      }
      int end64 = locator - END64_SIZE;
      if (end64 >= 0 && b.getInt(end64) == END64_SIGNATURE) {
        sizeCd = b.getLong(end64 + 40);
        offsetCd = b.getLong(end64 + 48);
        concat = end - sizeCd - offsetCd - END64_SIZE - END64_LOCATOR_SIZE;
      }
    }
    long start = offsetCd + concat;
    if (start < 0 || sizeCd < 0) {
      return false;
    }
    // Python reads at most size_cd bytes from start_dir (fewer at the end of the data).
    long limit = Math.min(n, start + sizeCd);
    long pos = start;
    long total = 0;
    while (total < sizeCd) {
      if (pos + CENTRAL_SIZE > limit || b.getInt((int) pos) != CENTRAL_SIGNATURE) {
        return false;
      }
      int extractVersion = data[(int) pos + 6] & 0xFF;
      int flags = b.getShort((int) pos + 8) & 0xFFFF;
      int nameLength = b.getShort((int) pos + 28) & 0xFFFF;
      int extraLength = b.getShort((int) pos + 30) & 0xFFFF;
      int commentLength = b.getShort((int) pos + 32) & 0xFFFF;
      if (extractVersion > MAX_EXTRACT_VERSION) {
        return false;
      }
      if ((flags & 0x800) != 0) {
        int nameStart = (int) pos + CENTRAL_SIZE;
        int nameEnd = (int) Math.min(limit, nameStart + (long) nameLength);
        if (!isUtf8(data, nameStart, nameEnd)) {
          return false;
        }
      }
      int extraStart = (int) Math.min(limit, pos + CENTRAL_SIZE + nameLength);
      int extraEnd = (int) Math.min(limit, extraStart + (long) extraLength);
      if (!extraFieldsOk(b, extraStart, extraEnd, b.getInt((int) pos + 20) & 0xFFFFFFFFL,
          b.getInt((int) pos + 24) & 0xFFFFFFFFL, b.getInt((int) pos + 42) & 0xFFFFFFFFL)) {
        return false;
      }
      long entry = CENTRAL_SIZE + (long) nameLength + extraLength + commentLength;
      pos += entry;
      total += entry;
    }
    return true;
  }

  // ZipInfo._decodeExtra: every extra field fits; a Zip64 field holds the sizes marked 0xFFFFFFFF.
  private static boolean extraFieldsOk(ByteBuffer b, int from, int to, long compressSize, long fileSize, long headerOffset) {
    int p = from;
    while (to - p >= 4) {
      int type = b.getShort(p) & 0xFFFF;
      int length = b.getShort(p + 2) & 0xFFFF;
      if (length + 4 > to - p) {
        return false;
      }
      if (type == 1) {
        int needed = (fileSize == 0xFFFFFFFFL ? 8 : 0) + (compressSize == 0xFFFFFFFFL ? 8 : 0)
            + (headerOffset == 0xFFFFFFFFL ? 8 : 0);
        if (length < needed) {
          return false;
        }
      }
      p += length + 4;
    }
    return true;
  }

  private static boolean isUtf8(byte[] data, int from, int to) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, from, Math.max(0, to - from)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
