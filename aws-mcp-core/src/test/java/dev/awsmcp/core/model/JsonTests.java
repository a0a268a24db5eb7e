package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model file reading helpers: the one-shot gunzip and the ObjectMapper-free tree. */
class JsonTests {
  private static final byte[] TEXT = sample();

  private static byte[] sample() {
    StringBuilder sb = new StringBuilder();
    Random r = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      sb.append("shape").append(r.nextInt(1000)).append(i % 17 == 0 ? '\n' : ' ');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void gunzipsWhatGzipWrote() throws IOException {
    assertArrayEquals(TEXT, Json.gunzip(gzip(TEXT)));
    assertArrayEquals(new byte[0], Json.gunzip(gzip(new byte[0])));
  }

  @Test
  void gunzipsWithOptionalHeaderFieldsAndSeveralMembers() throws IOException {
    // FEXTRA, FNAME, FCOMMENT and FHCRC, written by hand (GZIPOutputStream writes none).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {0x1f, (byte) 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3});
    out.write(new byte[] {3, 0, 'a', 'b', 'c'});
    out.write("service-2.json\0".getBytes(StandardCharsets.ISO_8859_1));
    out.write("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
    out.write(new byte[] {0, 0});
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(TEXT);
    deflater.finish();
    byte[] buf = new byte[TEXT.length + 1024];
    int n = deflater.deflate(buf);
    deflater.end();
    out.write(buf, 0, n);
    CRC32 crc = new CRC32();
    crc.update(TEXT);
    writeLe32(out, crc.getValue());
    writeLe32(out, TEXT.length);
    assertArrayEquals(TEXT, Json.gunzip(out.toByteArray()));

    ByteArrayOutputStream two = new ByteArrayOutputStream();
    two.write(gzip(TEXT));
    two.write(gzip("tail".getBytes(StandardCharsets.UTF_8)));
    byte[] both = new byte[TEXT.length + 4];
    System.arraycopy(TEXT, 0, both, 0, TEXT.length);
    System.arraycopy("tail".getBytes(StandardCharsets.UTF_8), 0, both, TEXT.length, 4);
    assertArrayEquals(both, Json.gunzip(two.toByteArray()));
  }

  @Test
  void refusesBrokenGzip() throws IOException {
    byte[] gz = gzip(TEXT);
    byte[] badCrc = gz.clone();
    badCrc[badCrc.length - 8] ^= 1;
    assertThrows(ZipException.class, () -> Json.gunzip(badCrc));
    byte[] truncated = java.util.Arrays.copyOf(gz, gz.length / 2);
    assertThrows(IOException.class, () -> Json.gunzip(truncated));
    assertThrows(ZipException.class, () -> Json.gunzip(TEXT));
  }

  @Test
  void readsPlainAndGzippedFiles(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a.json"), TEXT);
    Files.write(dir.resolve("a.json.gz"), gzip(TEXT));
    assertArrayEquals(TEXT, Json.bytes(dir.resolve("a.json")));
    assertArrayEquals(TEXT, Json.bytes(dir.resolve("a.json.gz")));
  }

  @Test
  void treesAreWhatObjectMapperBuilds() throws IOException {
    String doc = "{\"i\": 1, \"l\": 12345678901, \"b\": 123456789012345678901234567890, \"d\": 1.5,"
        + " \"e\": 1e3, \"s\": \"x\", \"t\": true, \"f\": false, \"n\": null, \"a\": [1, [], {}],"
        + " \"dup\": 1, \"dup\": 2}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    try (JsonParser p = Json.parser(bytes)) {
      p.nextToken();
      assertEquals(TreeBotocoreModelReader.MAPPER.readTree(bytes), Json.tree(p));
    }
  }

  private static void writeLe32(ByteArrayOutputStream out, long v) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (v >>> (8 * i)) & 0xff);
    }
  }
}
