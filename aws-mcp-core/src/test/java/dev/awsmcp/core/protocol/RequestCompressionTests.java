package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.awsmcp.core.model.Operation;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RequestCompressionTests {
  private static Operation op(List<String> encodings) {
    return new Operation("PutMetricData", "POST", "/", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), false, List.of(), false, null, Map.of(), Optional.empty(), false,
        Optional.empty(), Optional.empty(), Optional.empty(), encodings, Map.of());
  }

  @Test
  void largeBodiesAreGzippedAndTheEncodingAppended() throws Exception {
    byte[] body = "x".repeat(RequestCompression.MIN_SIZE).getBytes();
    WireRequest.Builder b = WireRequest.builder("POST", "/").header("Content-Encoding", "custom");
    byte[] sent = RequestCompression.apply(op(List.of("gzip")), b, body);
    assertEquals(List.of("custom, gzip"), b.build().headers().get("Content-Encoding"));
    assertArrayEquals(body, new GZIPInputStream(new ByteArrayInputStream(sent)).readAllBytes());
    assertArrayEquals(sent, b.build().body());
  }

  @Test
  void smallBodiesAndOperationsWithoutTheTraitAreSentAsTheyAre() {
    byte[] small = "x".repeat(RequestCompression.MIN_SIZE - 1).getBytes();
    byte[] large = "x".repeat(RequestCompression.MIN_SIZE).getBytes();
    WireRequest.Builder b = WireRequest.builder("POST", "/");
    assertSame(small, RequestCompression.apply(op(List.of("gzip")), b, small));
    assertSame(large, RequestCompression.apply(op(List.of()), b, large));
    assertEquals(Map.of(), b.build().headers());
  }
}
