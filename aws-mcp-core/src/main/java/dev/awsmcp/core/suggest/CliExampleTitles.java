package dev.awsmcp.core.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The titles of the AWS CLI's example pages ("stop an Amazon EC2 instance"), by command:
 * plain-language phrasings of what a command does, and a sign that it is commonly used (about
 * 5,700 of 18,000 commands have a page), and the first sentence under each title. Generated from the installed AWS CLI v1 by
 * {@code tools/suggest/export_example_titles.py} into {@code cli-example-titles.tsv}.
 */
final class CliExampleTitles {
  private static final String RESOURCE = "cli-example-titles.tsv";

  private final Map<String, String> titles;
  private final Map<String, String> descriptions;
  private final String digest;

  private CliExampleTitles(Map<String, String> titles, Map<String, String> descriptions, String digest) {
    this.titles = titles;
    this.descriptions = descriptions;
    this.digest = digest;
  }

  /** The titles shipped with this library. */
  static CliExampleTitles load() {
    try (InputStream in = CliExampleTitles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      byte[] bytes = in.readAllBytes();
      Map<String, String> titles = new HashMap<>();
      Map<String, String> descriptions = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(
          new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t", -1);
        if (columns.length >= 3) {
          titles.put(columns[0] + " " + columns[1], columns[2]);
        }
        if (columns.length >= 4 && !columns[3].isEmpty()) {
          descriptions.put(columns[0] + " " + columns[1], columns[3]);
        }
      }
      return new CliExampleTitles(Map.copyOf(titles), Map.copyOf(descriptions), sha256(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The titles of a command's example page, {@code "; "}-separated (possibly empty), if it has a page. */
  Optional<String> of(String cliService, String cliOperation) {
    return Optional.ofNullable(titles.get(cliService + " " + cliOperation));
  }

  /**
   * The first sentence under each title of a command's example page, {@code " || "}-separated,
   * or empty.
   */
  String descriptions(String cliService, String cliOperation) {
    return descriptions.getOrDefault(cliService + " " + cliOperation, "");
  }

  /** A digest of the titles, so the cached index changes when they do. */
  String digest() {
    return digest;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
