package dev.awsmcp.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FileResolver} answered for one local path: the bytes, or why they cannot be
 * had. The byte array is never shared: {@link #bytes()} returns a copy.
 */
public final class FileContent {
  private final byte[] bytes;
  private final String refusal;

  private FileContent(byte[] bytes, String refusal) {
    this.bytes = bytes;
    this.refusal = refusal;
  }

  public static FileContent of(byte[] bytes) {
    return new FileContent(Objects.requireNonNull(bytes, "bytes").clone(), null);
  }

  /** The file cannot be read, or may not be: {@code reason} is shown to the agent. */
  public static FileContent refused(String reason) {
    return new FileContent(null, Objects.requireNonNull(reason, "reason"));
  }

  public boolean isAvailable() {
    return bytes != null;
  }

  /** The content; throws {@link IllegalStateException} when refused. */
  public byte[] bytes() {
    if (bytes == null) {
      throw new IllegalStateException(refusal);
    }
    return bytes.clone();
  }

  public Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }
}
