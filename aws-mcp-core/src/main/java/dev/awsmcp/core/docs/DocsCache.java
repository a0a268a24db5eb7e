package dev.awsmcp.core.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Documentation answers kept on disk: one JSON file per answer under {@code <dir>/<kind>/}, named
 * by the SHA-256 of its key (a canonical page address, or a search phrase with its filters). An
 * entry is fresh for the time to live, and kept after that to stand in when the network fails.
 * Writes go to a temporary file first and are moved into place, so readers in other threads or
 * processes never see half a file. The cache is an optimisation: a disk error reads as a miss.
 * Thread-safe.
 */
final class DocsCache {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Duration ttl;
  private final Clock clock;

  /** A cached answer: its body, the page title if it is a page, and when it was stored. */
  record Entry(String body, Optional<String> title, Instant storedAt) {}

  DocsCache(Path dir, Duration ttl, Clock clock) {
    this.dir = dir;
    this.ttl = ttl;
    this.clock = clock;
  }

  Path directory() {
    return dir;
  }

  /** Whether an entry is younger than the time to live. */
  boolean isFresh(Entry entry) {
    return entry.storedAt().plus(ttl).isAfter(clock.instant());
  }

  /** The entry for a key, fresh or not. */
  Optional<Entry> get(String kind, String key) {
    Path file = fileOf(kind, key);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      JsonNode o = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      // The key is stored with the entry: a hash collision, however unlikely, is a miss.
      if (!o.path("key").asText("").equals(key) || !o.path("body").isTextual()) {
        return Optional.empty();
      }
      Optional<String> title = o.path("title").isTextual() ? Optional.of(o.get("title").asText()) : Optional.empty();
      return Optional.of(new Entry(o.get("body").asText(), title, Instant.parse(o.path("storedAt").asText())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores an answer, stamped now. */
  void put(String kind, String key, Optional<String> title, String body) {
    ObjectNode o = JSON.createObjectNode();
    o.put("key", key);
    o.put("storedAt", clock.instant().toString());
    title.ifPresent(t -> o.put("title", t));
    o.put("body", body);
    Path file = fileOf(kind, key);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "entry", ".tmp");
      Files.writeString(tmp, o.toString(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // Not cached this time; the answer itself is still good.
    }
  }

  private Path fileOf(String kind, String key) {
    return dir.resolve(kind).resolve(sha256(key) + ".json");
  }

  private static String sha256(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The default directory: {@code AWS_MCP_DOCS_CACHE_DIR}, else {@code $XDG_CACHE_HOME/aws-mcp/docs},
   * else {@code ~/.cache/aws-mcp/docs}.
   */
  static Path defaultDirectory(java.util.Map<String, String> env) {
    String explicit = env.get("AWS_MCP_DOCS_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("aws-mcp").resolve("docs");
  }
}
