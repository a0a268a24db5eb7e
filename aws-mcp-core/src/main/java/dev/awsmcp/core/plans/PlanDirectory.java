package dev.awsmcp.core.plans;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The user's plan directory: every {@code *.md} file directly inside it (not in sub-folders), a
 * plan named after the file without {@code .md} or {@code .script.md}. A file that cannot be used
 * (bad name, too large, a link leading outside the directory, not UTF-8, a malformed front
 * matter) is skipped with its reason; nothing here throws.
 */
final class PlanDirectory {
  /** The largest plan file read: a plan is a page of guidance, and it all goes to the agent. */
  static final int MAX_FILE_BYTES = 256 * 1024;

  /** The most plan files read from one directory. */
  static final int MAX_FILES = 500;

  record Contents(List<ExecutionPlan> plans, List<SkippedPlanFile> skipped) {
    Contents {
      plans = List.copyOf(plans);
      skipped = List.copyOf(skipped);
    }
  }

  private PlanDirectory() {}

  static Contents read(Path dir) {
    List<ExecutionPlan> plans = new ArrayList<>();
    List<SkippedPlanFile> skipped = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      skipped.add(new SkippedPlanFile(dir, Files.exists(dir) ? "it is not a directory" : "the directory does not exist"));
      return new Contents(plans, skipped);
    }
    List<Path> files;
    Path realDir;
    try (Stream<Path> entries = Files.list(dir)) {
      realDir = dir.toRealPath();
      files = entries.filter(p -> isPlanFileName(p.getFileName().toString())).sorted().toList();
    } catch (IOException | RuntimeException e) {
      skipped.add(new SkippedPlanFile(dir, "the directory cannot be read: " + e));
      return new Contents(plans, skipped);
    }
    Set<String> names = new HashSet<>();
    for (Path file : files) {
      if (plans.size() + skipped.size() >= MAX_FILES) {
        skipped.add(new SkippedPlanFile(file, "the directory has more than " + MAX_FILES + " plan files; the rest are not read"));
        break;
      }
      String name = planName(file.getFileName().toString());
      try {
        if (!ExecutionPlan.NAME.matcher(name).matches()) {
          throw new InvalidPlanException("the plan name '" + name + "' must be lower case letters, digits and '-' ("
              + ExecutionPlan.NAME + ")");
        }
        if (!names.add(name)) {
          throw new InvalidPlanException("another file in the directory already defines the plan '" + name + "'");
        }
        plans.add(PlanFormat.parse(name, readText(file, realDir), Optional.of(file)));
      } catch (InvalidPlanException e) {
        skipped.add(new SkippedPlanFile(file, e.getMessage()));
      }
    }
    return new Contents(plans, skipped);
  }

  // Hidden files (editor backups, .DS_Store) and other extensions are not plans and are not reported.
  private static boolean isPlanFileName(String fileName) {
    return fileName.endsWith(".md") && !fileName.startsWith(".");
  }

  static String planName(String fileName) {
    return fileName.endsWith(".script.md") ? fileName.substring(0, fileName.length() - ".script.md".length())
        : fileName.substring(0, fileName.length() - ".md".length());
  }

  private static String readText(Path file, Path realDir) throws InvalidPlanException {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new InvalidPlanException("it is not a regular file");
      }
      // A link is followed only to a file inside the directory: the directory is what the user vetted.
      Path real = file.toRealPath();
      if (!real.startsWith(realDir)) {
        throw new InvalidPlanException("it is a link to a file outside the directory (" + real + ")");
      }
      if (Files.size(real) > MAX_FILE_BYTES) {
        throw new InvalidPlanException("it is larger than " + MAX_FILE_BYTES / 1024 + " KB");
      }
      try (InputStream in = Files.newInputStream(real)) {
        bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      }
    } catch (IOException e) {
      throw new InvalidPlanException("it cannot be read: " + e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InvalidPlanException("it is larger than " + MAX_FILE_BYTES / 1024 + " KB");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidPlanException("it is not UTF-8 text");
    }
  }
}
