package dev.awsmcp.core.files;

import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one gate every local path passes, for reading ({@link #read}: {@code file://},
 * {@code fileb://}, shorthand {@code @=}, streaming-blob paths, {@code --cli-input-json}
 * files) and for writing ({@link #outputFile}: outfiles). Paths are expanded ({@code ~},
 * {@code $VAR}, {@code ${VAR}} from the engine's environment), resolved against the working
 * directory when relative (never the process's current directory), their links resolved, and
 * checked against the {@link FileAccess} mode; then exactly the checked file is opened.
 *
 * <p>Immutable and thread-safe; never throws for a path: a refusal is a value that says which
 * mode refused it and how to allow it. Files larger than {@link #DEFAULT_MAX_BYTES} are not
 * read.
 */
public final class FileSandbox implements FileResolver {
  /** The largest file read as a value (16 MiB). */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final FileAccess access;
  private final Path workingDirectory;
  private final PathChecker checker;
  private final ContainedFileReader reader;

  FileSandbox(FileAccess access, Path workingDirectory, Map<String, String> environment, long maxBytes,
      ContainedFileReader.BetweenCheckAndOpen hook) {
    this.access = Objects.requireNonNull(access, "access");
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    this.checker = new PathChecker(access, workingDirectory, new PathExpansion(environment), maxBytes);
    this.reader = new ContainedFileReader(maxBytes, hook);
  }

  /**
   * @param access the mode
   * @param workingDirectory where relative paths resolve and, in {@link FileAccess#WORKDIR}
   *     mode, where every path must stay; created when first needed
   * @param environment where {@code ~} ({@code HOME}) and {@code $VAR} values come from
   */
  public static FileSandbox create(FileAccess access, Path workingDirectory, Map<String, String> environment) {
    return new FileSandbox(access, workingDirectory, environment, DEFAULT_MAX_BYTES, ContainedFileReader.BetweenCheckAndOpen.NONE);
  }

  public FileAccess access() {
    return access;
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  @Override
  public FileContent read(String path) {
    CheckedPath checked = checker.forRead(path);
    return checked.isAllowed() ? reader.read(path, checked) : FileContent.refused(checked.refusal());
  }

  /**
   * Where an output named {@code path} may be written, or why not. {@code -} (the answer
   * itself) is the caller's business: here it would be a file named {@code -}.
   */
  public OutputFile outputFile(String path) {
    CheckedPath checked = checker.forWrite(path);
    return checked.isAllowed() ? OutputFile.allowed(checked) : OutputFile.refused(checked.refusal());
  }

  /**
   * Whether a file the engine itself does not open (a key a customization would read after the
   * call) may be read; empty when it may.
   */
  public Optional<String> readRefusal(String path) {
    CheckedPath checked = checker.forRead(path);
    return Optional.ofNullable(checked.refusal());
  }

  @Override
  public String toString() {
    return "FileSandbox[" + access.spelling() + ", " + workingDirectory + "]";
  }
}
