package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Adds the request checksum an operation asks for. {@code httpChecksum} operations get
 * {@code x-amz-checksum-<alg>} with the algorithm the caller chose in the request-algorithm
 * member, or CRC32 when none was chosen (botocore's default, "when supported"); legacy
 * {@code httpChecksumRequired} operations get {@code Content-MD5}. A checksum header the caller
 * set is left alone.
 */
public final class RequestChecksums {
  private RequestChecksums() {}

  /** Adds the checksum header of the builder's body, if the operation wants one. */
  public static void apply(Operation operation, ObjectNode input, WireRequest.Builder request, byte[] body) {
    JsonNode trait = operation.httpChecksum();
    String algorithm = null;
    if (trait != null && !trait.isMissingNode() && !trait.isNull()) {
      String memberName = trait.path("requestAlgorithmMember").asText(null);
      JsonNode chosen = memberName == null ? null : input.get(memberName);
      if (chosen != null && chosen.isTextual()) {
        algorithm = chosen.asText();
      } else if (memberName != null || trait.path("requestChecksumRequired").asBoolean(false)) {
        algorithm = "CRC32";
      }
    }
    byte[] bytes = body == null ? new byte[0] : body;
    if (algorithm != null) {
      String header = "x-amz-checksum-" + algorithm.toLowerCase(Locale.ROOT);
      if (!request.hasHeader(header)) {
        request.header(header, checksum(algorithm, bytes));
      }
    } else if (operation.httpChecksumRequired() && !request.hasHeader("Content-MD5")) {
      request.header("Content-MD5", Base64.getEncoder().encodeToString(digest("MD5", bytes)));
    }
  }

  /** The base64 checksum of bytes: CRC32, CRC32C, SHA1, SHA256 (and MD5). */
  public static String checksum(String algorithm, byte[] bytes) {
    switch (algorithm.toUpperCase(Locale.ROOT)) {
      case "CRC32": return crc(new CRC32(), bytes);
      case "CRC32C": return crc(new CRC32C(), bytes);
      case "SHA1": return Base64.getEncoder().encodeToString(digest("SHA-1", bytes));
      case "SHA256": return Base64.getEncoder().encodeToString(digest("SHA-256", bytes));
      case "MD5": return Base64.getEncoder().encodeToString(digest("MD5", bytes));
      default: throw new ProtocolException("unsupported checksum algorithm " + algorithm);
    }
  }

  // The checksum's four big-endian bytes, base64: the form the x-amz-checksum-crc32 header takes.
  private static String crc(Checksum crc, byte[] bytes) {
    crc.update(bytes, 0, bytes.length);
    byte[] value = ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    return Base64.getEncoder().encodeToString(value);
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }
}
