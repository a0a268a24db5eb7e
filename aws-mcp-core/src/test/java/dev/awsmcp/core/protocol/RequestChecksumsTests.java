package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestChecksumsTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

  private static Operation op(boolean required, String httpChecksum) throws Exception {
    JsonNode trait = httpChecksum == null ? null : JSON.readTree(httpChecksum);
    return new Operation("Put", "PUT", "/", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), false, List.of(), required, trait, Map.of(), Optional.empty(), false, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Map.of());
  }

  private static WireRequest apply(Operation op, String input) throws Exception {
    WireRequest.Builder b = WireRequest.builder("PUT", "/");
    RequestChecksums.apply(op, (ObjectNode) JSON.readTree(input), b, HELLO);
    return b.build();
  }

  @ParameterizedTest
  @CsvSource({"CRC32, NhCmhg==", "CRC32C, mnG7TA==", "SHA1, qvTGHdzF6KLavt4PO0gs2a6pQ00=",
      "SHA256, LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=", "MD5, XUFAKrxLKna5cZ2REBfFkg=="})
  void computesEachAlgorithmAsBase64(String algorithm, String expected) {
    assertEquals(expected, RequestChecksums.checksum(algorithm, HELLO));
  }

  @Test
  void theCallersAlgorithmChoiceWins() throws Exception {
    Operation op = op(false, "{\"requestAlgorithmMember\":\"ChecksumAlgorithm\"}");
    WireRequest r = apply(op, "{\"ChecksumAlgorithm\":\"CRC32C\"}");
    assertEquals(List.of("mnG7TA=="), r.headers().get("x-amz-checksum-crc32c"));
    assertFalse(r.headers().containsKey("x-amz-checksum-crc32"));
  }

  @Test
  void crc32IsTheDefaultWhenAChecksumIsSupportedOrRequired() throws Exception {
    assertEquals(List.of("NhCmhg=="), apply(op(false, "{\"requestAlgorithmMember\":\"A\"}"), "{}")
        .headers().get("x-amz-checksum-crc32"));
    assertEquals(List.of("NhCmhg=="), apply(op(true, "{\"requestChecksumRequired\":true}"), "{}")
        .headers().get("x-amz-checksum-crc32"));
  }

  @Test
  void legacyRequiredChecksumsAreContentMd5() throws Exception {
    assertEquals(List.of("XUFAKrxLKna5cZ2REBfFkg=="), apply(op(true, null), "{}").headers().get("Content-MD5"));
  }

  @Test
  void operationsWithoutChecksumTraitsGetNone() throws Exception {
    assertEquals(Map.of(), apply(op(false, null), "{}").headers());
  }

  @Test
  void aChecksumHeaderTheCallerSetIsKept() throws Exception {
    WireRequest.Builder b = WireRequest.builder("PUT", "/").header("x-amz-checksum-crc32", "given");
    RequestChecksums.apply(op(true, "{\"requestChecksumRequired\":true}"), JSON.createObjectNode(), b, HELLO);
    assertEquals(List.of("given"), b.build().headers().get("x-amz-checksum-crc32"));
  }

  @Test
  void anUnknownAlgorithmIsRefused() {
    assertThrows(ProtocolException.class, () -> RequestChecksums.checksum("CRC64NVME", HELLO));
  }
}
