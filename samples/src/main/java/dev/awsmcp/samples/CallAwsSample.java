package dev.awsmcp.samples;

import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.core.AwsMcp;
import java.io.Console;

/**
 * Embedding the guarded engine in a plain Java application: read-only unless told otherwise,
 * asking the user on the terminal before anything that needs consent.
 *
 * <pre>java -cp ... dev.awsmcp.samples.CallAwsSample "aws s3api list-buckets"</pre>
 */
public final class CallAwsSample {
  private CallAwsSample() {}

  public static void main(String[] args) {
    String command = args.length > 0 ? args[0] : "aws sts get-caller-identity";
    Console console = System.console();
    AwsMcp engine = AwsMcp.builder()
        .readOnly(Boolean.parseBoolean(System.getProperty("readOnly", "true")))
        .consentHandler(request -> console != null
            && "y".equalsIgnoreCase(console.readLine("%s [y/N] ", request.message()).trim())
            ? ConsentAnswer.APPROVED : ConsentAnswer.DECLINED)
        .clientName("call-aws-sample")
        .build();
    CallResult result = engine.call(command);
    if (result.ok()) {
      System.out.println(result.response().map(Object::toString).orElse("(no content)"));
      result.paginationToken().ifPresent(t -> System.out.println("more: add --starting-token " + t));
    } else {
      result.errors().forEach(e -> System.err.println(e.kind().wireName() + " " + e.code() + ": " + e.message()));
      System.exit(result.serviceError().isPresent() ? 1 : 2);
    }
  }
}
