package dev.awsmcp.core.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * Reading model files, plain or gzipped, with Jackson's streaming parser only. No
 * {@code ObjectMapper}: creating one costs 200-300 ms in a fresh JVM (it loads most of
 * jackson-databind), more than parsing a large model; the few small JSON values the model keeps
 * as trees are built by {@link #tree}, as {@code ObjectMapper.readTree} would build them.
 */
final class Json {
  // Model documents are large (ec2 is ~4 MB) and trusted: lift the default string length cap.
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(256 << 20).build())
      .build();

  private Json() {}

  /** A whole document as a tree, as {@code ObjectMapper.readTree} reads it. */
  static JsonNode read(Path file) {
    try (JsonParser p = parser(bytes(file))) {
      if (p.nextToken() == null) {
        throw new IOException("empty document");
      }
      return tree(p);
    } catch (IOException e) {
      throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A file as a stream, gunzipped if its name ends in {@code .gz}. */
  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** A tree as JSON bytes, written with the streaming generator (no {@code ObjectMapper}). */
  static byte[] write(JsonNode node) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (com.fasterxml.jackson.core.JsonGenerator g = FACTORY.createGenerator(out)) {
      write(node, g);
    }
    return out.toByteArray();
  }

  private static void write(JsonNode node, com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
    if (node.isObject()) {
      g.writeStartObject();
      for (java.util.Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        g.writeFieldName(e.getKey());
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode element : node) {
        write(element, g);
      }
      g.writeEndArray();
    } else if (node.isTextual()) {
      g.writeString(node.textValue());
    } else if (node.isNumber()) {
      g.writeNumber(node.decimalValue());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else {
      g.writeNull();
    }
  }

  static JsonParser parser(byte[] json) throws IOException {
    return FACTORY.createParser(json);
  }

  /**
   * A file's bytes, gunzipped if its name ends in {@code .gz}. The compressed file is read whole
   * and inflated in one native call into a buffer of the size its gzip trailer gives: no stream
   * layers, no growing and copying of buffers (ec2's 3.9 MB: ~12 ms against ~16 ms through
   * {@code GZIPInputStream.readAllBytes()} in a fresh JVM).
   */
  static byte[] bytes(Path file) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    return file.getFileName().toString().endsWith(".gz") ? gunzip(raw) : raw;
  }

  static byte[] gunzip(byte[] gz) throws IOException {
    if (gz.length < 18 || (gz[0] & 0xff) != 0x1f || (gz[1] & 0xff) != 0x8b || gz[2] != 8) {
      throw new ZipException("not in gzip format");
    }
    int flags = gz[3] & 0xff;
    int pos = 10;
    if ((flags & 4) != 0) { // FEXTRA
      pos += 2 + ((gz[pos] & 0xff) | (gz[pos + 1] & 0xff) << 8);
    }
    if ((flags & 8) != 0) { // FNAME
      while (pos < gz.length && gz[pos++] != 0) { }
    }
    if ((flags & 16) != 0) { // FCOMMENT
      while (pos < gz.length && gz[pos++] != 0) { }
    }
    if ((flags & 2) != 0) { // FHCRC
      pos += 2;
    }
    if (pos >= gz.length - 8) {
      throw new ZipException("truncated gzip header");
    }
    long size = le32(gz, gz.length - 4); // the uncompressed size modulo 2^32
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(gz, pos, gz.length - pos);
      // The trailer's size is exact for a sound file; a damaged one must not make us allocate
      // gigabytes, so an implausible size (JSON compresses ~10:1) starts small and grows.
      long plausible = 64L * gz.length + (1 << 16);
      long initial = size <= plausible ? size : Math.min(8L * gz.length, plausible);
      byte[] out = new byte[(int) Math.max(1, Math.min(initial, Integer.MAX_VALUE - 8))];
      int n = 0;
      while (!inflater.finished()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, (int) Math.min(out.length * 2L, Integer.MAX_VALUE - 8));
        }
        int k = inflater.inflate(out, n, out.length - n);
        if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new ZipException("truncated gzip data");
        }
        n += k;
      }
      int end = gz.length - inflater.getRemaining();
      if (end + 8 != gz.length) {
        // Several gzip members (never seen in botocore's data): let the JDK concatenate them.
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
          return in.readAllBytes();
        }
      }
      CRC32 crc = new CRC32();
      crc.update(out, 0, n);
      if (crc.getValue() != le32(gz, end) || (n & 0xffffffffL) != size) {
        throw new ZipException("corrupt gzip data (CRC or size mismatch)");
      }
      return n == out.length ? out : Arrays.copyOf(out, n);
    } catch (DataFormatException e) {
      throw new ZipException("corrupt gzip data: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }

  private static long le32(byte[] b, int i) {
    return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
  }

  /**
   * The value at the parser's current token as a tree, the way {@code ObjectMapper.readTree}
   * builds it (ints, longs and big integers by size, floats as doubles); leaves the parser at the
   * value's last token.
   */
  static JsonNode tree(JsonParser p) throws IOException {
    return Trees.tree(p, Set.of());
  }

  /** As {@link #tree(JsonParser)}, leaving out object fields of the given names at any depth. */
  static JsonNode tree(JsonParser p, Set<String> skippedFields) throws IOException {
    return Trees.tree(p, skippedFields);
  }

  // Apart, so that verifying Json does not load jackson-databind's node classes: most services
  // need no tree while loading (ec2 none), and loading those classes costs a few milliseconds.
  private static final class Trees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static JsonNode tree(JsonParser p, Set<String> skippedFields) throws IOException {
      switch (p.currentToken()) {
        case START_OBJECT: {
          ObjectNode object = NODES.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (skippedFields.contains(name)) {
              p.skipChildren();
            } else {
              object.set(name, tree(p, skippedFields));
            }
          }
          return object;
        }
        case START_ARRAY: {
          ArrayNode array = NODES.arrayNode();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(tree(p, skippedFields));
          }
          return array;
        }
        case VALUE_STRING:
          return NODES.textNode(p.getText());
        case VALUE_NUMBER_INT:
          switch (p.getNumberType()) {
            case INT: return NODES.numberNode(p.getIntValue());
            case LONG: return NODES.numberNode(p.getLongValue());
            default: return NODES.numberNode(p.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(p.getDoubleValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IOException("unexpected JSON token " + p.currentToken());
      }
    }
  }

  // Scalar reads with JsonNode's asText()/asBoolean() meanings, for the streaming readers.

  /**
   * The current value as {@code JsonNode.asText()} gives it: null for JSON null (as
   * {@code Json.text} did), "" for an object or array (which is skipped).
   */
  static String text(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NULL:
        return null;
      case START_OBJECT:
      case START_ARRAY:
        p.skipChildren();
        return "";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return tree(p).asText();
      default:
        return p.getText();
    }
  }

  /** The current value as {@code JsonNode.asBoolean(false)} gives it. */
  static boolean flag(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_TRUE:
        return true;
      case VALUE_STRING:
        return "true".equals(p.getText().trim());
      case VALUE_NUMBER_INT:
        return p.getLongValue() != 0;
      case START_OBJECT:
      case START_ARRAY:
        p.skipChildren();
        return false;
      default:
        return false;
    }
  }

  /**
   * The current value as a list of strings: each element of an array, a lone scalar as a list of
   * one, nothing for null.
   */
  static List<String> strings(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return List.of();
      case START_ARRAY: {
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          String s = text(p);
          out.add(s == null ? "null" : s);
        }
        return out;
      }
      default: {
        String s = text(p);
        return List.of(s == null ? "null" : s);
      }
    }
  }
}
