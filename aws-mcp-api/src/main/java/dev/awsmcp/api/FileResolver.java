package dev.awsmcp.api;

/**
 * Reads the local files a command refers to ({@code file://}, {@code fileb://}, shorthand
 * {@code @=}, {@code --cli-input-json file://...}). The engine never opens a local file any other
 * way, so this is where a sandbox decides what an agent may read.
 *
 * <p>Implementations are thread-safe and never throw: a file that cannot or may not be read is
 * {@link FileContent#refused(String)}.
 */
@FunctionalInterface
public interface FileResolver {

  /**
   * @param path the path exactly as written after {@code file://} or {@code fileb://}
   */
  FileContent read(String path);
}
