package dev.awsmcp.server.cli;

import picocli.CommandLine;

/** The version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"aws-mcp " + (v == null ? "development" : v)};
  }
}
