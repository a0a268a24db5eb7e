package dev.awsmcp.core.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy file that applies its changes without a restart: before a decision, at most every
 * 200 ms, its size and modification time are compared with what was read and the file is read
 * again when they differ.
 *
 * <p>A file that is malformed when the engine starts stops the start. One that becomes malformed
 * later (or, when it was configured explicitly, disappears) makes every command refused, naming
 * the file and the error, until it is fixed: the last good version is not kept, because the edit
 * may have been meant to deny something now.
 */
final class PolicyFile {
  private final Path path;
  private final boolean required;
  // A stat per call costs more than the rest of the policy (and throws inside the JDK when the
  // file is absent, the usual case), so the file is looked at again at most every 200 ms.
  static final long RECHECK_NANOS = 200_000_000L;

  private volatile State state;
  private volatile long checkedAt = System.nanoTime();

  /** What was last read: the file's stamp and either its rules or why they cannot be used. */
  private record State(Object stamp, PolicyRules rules, Optional<String> error) {}

  private PolicyFile(Path path, boolean required) {
    this.path = path;
    this.required = required;
  }

  /**
   * Reads a policy file; throws {@link PolicyConfigurationException} if it is malformed, or
   * missing while required.
   */
  static PolicyFile load(Path path, boolean required) {
    PolicyFile file = new PolicyFile(path, required);
    State first = file.read();
    if (first.error().isPresent()) {
      throw new PolicyConfigurationException(first.error().get());
    }
    file.state = first;
    return file;
  }

  Path path() {
    return path;
  }

  /**
   * Whether the file, as it reads now, switches read-only mode on. An absent, unreadable or
   * malformed file does not (the engine refuses to start on a malformed one anyway).
   */
  static boolean declaresReadOnly(Path path) {
    try {
      if (!Files.isRegularFile(path)) {
        return false;
      }
      return PolicyFileReader.read(path.toString(), Files.readString(path, StandardCharsets.UTF_8)).readOnly();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The rules as the file says now (at most {@link #RECHECK_NANOS} old), or why the file cannot be used. */
  Result current() {
    State s = state;
    long now = System.nanoTime();
    if (now - checkedAt >= RECHECK_NANOS) {
      checkedAt = now;
      if (!Objects.equals(s.stamp(), stamp())) {
        s = read();
        state = s;
      }
    }
    return new Result(s.rules(), s.error());
  }

  /** The rules, or the error that makes the file unusable (then every command is refused). */
  record Result(PolicyRules rules, Optional<String> error) {}

  private State read() {
    Object stamp = stamp();
    if (stamp == null) {
      return required
          ? new State(null, PolicyRules.empty(path.toString()), Optional.of("policy file " + path + " does not exist"))
          : new State(null, PolicyRules.empty(path.toString()), Optional.empty());
    }
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return new State(stamp, PolicyFileReader.read(path.toString(), text), Optional.empty());
    } catch (PolicyConfigurationException e) {
      return new State(stamp, PolicyRules.empty(path.toString()), Optional.of(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return new State(stamp, PolicyRules.empty(path.toString()),
          Optional.of("policy file " + path + " cannot be read: " + e.getMessage()));
    }
  }

  // Size, modification time and file identity; null when there is no file.
  private Object stamp() {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return "unreadable: " + e.getMessage();
    }
  }
}
