package dev.awsmcp.core.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A working directory with files and links in it, and a secret outside it that no refused path
 * may ever yield: {@code work/inside.txt}, {@code work/sub/nested.txt}, {@code work/folder/},
 * {@code work/link-to-secret} and {@code work/link-to-outside/} (links leading out),
 * {@code work/loop} (a link to itself), and {@code outside/secret.txt}. {@code HOME} and
 * {@code OUT} in {@link #environment()} both name the outside folder.
 */
final class SandboxFixture {
  static final String SECRET = "the secret outside";
  static final String INSIDE = "inside content";

  final Path work;
  final Path outside;
  final Path secret;

  SandboxFixture(Path temp) throws IOException {
    work = Files.createDirectories(temp.resolve("work"));
    outside = Files.createDirectories(temp.resolve("outside"));
    secret = Files.writeString(outside.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
    Files.writeString(work.resolve("inside.txt"), INSIDE, StandardCharsets.UTF_8);
    Files.createDirectories(work.resolve("sub"));
    Files.writeString(work.resolve("sub/nested.txt"), INSIDE, StandardCharsets.UTF_8);
    Files.createDirectories(work.resolve("folder"));
    Files.createSymbolicLink(work.resolve("link-to-secret"), secret);
    Files.createSymbolicLink(work.resolve("link-to-outside"), outside);
    Files.createSymbolicLink(work.resolve("loop"), work.resolve("loop"));
  }

  Map<String, String> environment() {
    return Map.of("HOME", outside.toString(), "OUT", outside.toString());
  }

  FileSandbox sandbox(FileAccess access) {
    return FileSandbox.create(access, work, environment());
  }

  FileSandbox sandbox(FileAccess access, long maxBytes, ContainedFileReader.BetweenCheckAndOpen hook) {
    return new FileSandbox(access, work, environment(), maxBytes, hook);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
