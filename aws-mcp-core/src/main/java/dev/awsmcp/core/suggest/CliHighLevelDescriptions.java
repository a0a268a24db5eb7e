package dev.awsmcp.core.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the AWS CLI says its high-level commands do ({@code s3 cp}: "Copies a local file or S3
 * object to another location locally or in S3."), by command, for the high-level commands the
 * engine parses: the models describe only API operations. Generated from the installed AWS CLI
 * v1 by {@code tools/suggest/export_high_level_commands.py} into {@code cli-high-level-commands.tsv}.
 */
final class CliHighLevelDescriptions {
  private static final String RESOURCE = "cli-high-level-commands.tsv";

  private final Map<String, String> descriptions;
  private final String digest;

  private CliHighLevelDescriptions(Map<String, String> descriptions, String digest) {
    this.descriptions = descriptions;
    this.digest = digest;
  }

  /** The descriptions shipped with this library. */
  static CliHighLevelDescriptions load() {
    try (InputStream in = CliHighLevelDescriptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      byte[] bytes = in.readAllBytes();
      Map<String, String> descriptions = new LinkedHashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(
          new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t", -1);
        if (columns.length == 3) {
          descriptions.put(columns[0] + " " + columns[1], columns[2]);
        }
      }
      return new CliHighLevelDescriptions(java.util.Collections.unmodifiableMap(descriptions),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** {@code "<cli service> <command>"} → description, in file order. */
  Map<String, String> all() {
    return descriptions;
  }

  /** A digest of the file, so the cached index changes when it does. */
  String digest() {
    return digest;
  }
}
