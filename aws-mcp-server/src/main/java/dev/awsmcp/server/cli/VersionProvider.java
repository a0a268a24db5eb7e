package dev.awsmcp.server.cli;

import picocli.CommandLine;

/** The version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"aws-mcp " + version()};
  }

  /** This build's version, or {@code development} when not run from the packaged jar. */
  static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
