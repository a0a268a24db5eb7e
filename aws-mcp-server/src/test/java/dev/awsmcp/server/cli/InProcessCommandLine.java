package dev.awsmcp.server.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in this JVM with the given standard input, capturing standard output.
 * Standard streams are process-wide, so runs are serialized across every test class using this.
 */
final class InProcessCommandLine {
  record Run(int exit, String out) {}

  private InProcessCommandLine() {}

  static synchronized Run run(String stdin, String... args) {
    PrintStream originalOut = System.out;
    InputStream originalIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int exit = AwsMcpCommand.commandLine().execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setIn(originalIn);
    }
  }
}
