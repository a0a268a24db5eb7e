package dev.awsmcp.core.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Resolves a profile in a fresh JVM whose process environment is exactly the given one. Needed
 * for the profile kinds whose SDK providers read the process environment (SSO token cache under
 * {@code HOME}, service endpoints), which a test cannot change in its own JVM.
 */
final class ResolveInChildJvm {
  private ResolveInChildJvm() {}

  /** Run by the child: prints {@code OK <access key id> <session token>} or {@code ERROR <reason> <message>}. */
  public static void main(String[] args) {
    try (CredentialsResolver resolver = CredentialsResolver.create(Optional.empty(), System.getenv())) {
      var identity = resolver.resolve(Optional.of(args[0]));
      String token = identity instanceof AwsSessionCredentialsIdentity s ? s.sessionToken() : "-";
      System.out.println("OK " + identity.accessKeyId() + " " + token);
    } catch (CredentialsException e) {
      System.out.println("ERROR " + e.reason() + " " + e.getMessage());
    }
  }

  static String resolve(String profile, Map<String, String> environment) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        ResolveInChildJvm.class.getName(), profile)).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(environment);
    Process process = pb.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("child JVM did not finish within 60 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return output.lines().filter(l -> l.startsWith("OK ") || l.startsWith("ERROR ")).findFirst()
        .orElseThrow(() -> new IllegalStateException("child JVM printed no result:\n" + output));
  }
}
