package dev.awsmcp.core.files;

import java.nio.file.Path;

/**
 * What the agent is told when the sandbox refuses a path: which mode refused it and how a user
 * can allow it, so a refusal is never a dead end.
 */
final class SandboxMessages {
  private static final String VARIABLE = FileAccess.ENVIRONMENT_VARIABLE;

  private SandboxMessages() {}

  static String outside(String written, Path root) {
    return "'" + written + "' is outside the working directory " + root + ", and local file access is limited to it ("
        + VARIABLE + "=workdir): put the file inside " + root + " (relative paths are resolved against it), or set "
        + VARIABLE + "=unrestricted to allow any local file";
  }

  static String noAccess(String written) {
    return "local file access is turned off (" + VARIABLE + "=no-access), so '" + written + "' cannot be used: pass"
        + " the value inline (an outfile may be '-'), or set " + VARIABLE + "=workdir to allow files in the working"
        + " directory";
  }

  static String standardInput() {
    return "'-' (standard input) cannot be read: the engine has no terminal to read from; pass the value inline or"
        + " put it in a file in the working directory";
  }

  static String notRegular(String written) {
    return "'" + written + "' is not a regular file (a directory, device, pipe or socket cannot be read as a value)";
  }

  static String tooLarge(String written, long maxBytes) {
    return "'" + written + "' is larger than " + maxBytes + " bytes, the most read from a local file";
  }

  static String missing(String written) {
    return "No such file or directory: '" + written + "'";
  }

  static String changed(String written) {
    return "'" + written + "' changed while it was being opened (another file or a symbolic link took its place);"
        + " refused";
  }

  static String unusable(String written, String detail) {
    return "cannot use '" + written + "': " + detail;
  }

  static String workingDirectory(Path dir, String detail) {
    return "the working directory " + dir + " cannot be used: " + detail;
  }
}
