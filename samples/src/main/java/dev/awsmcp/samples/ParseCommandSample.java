package dev.awsmcp.samples;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.core.AwsMcp;

/** A plain Java app that asks the engine what an AWS CLI command means, without calling AWS. */
public final class ParseCommandSample {
  private ParseCommandSample() {}

  public static void main(String[] args) {
    AwsMcp engine = AwsMcp.builder().region("eu-west-1").build();
    String command = args.length > 0 ? String.join(" ", args)
        : "aws ec2 describe-instances --filters Name=instance-state-name,Values=running";
    ParseResult result = engine.parseAndValidate(command);
    if (result.isSuccess()) {
      var c = result.command();
      System.out.println(c.service() + "." + c.operation() + " in " + c.region() + " with " + c.params());
    } else {
      result.errors().forEach(e -> System.out.println(e.kind().wireName() + " " + e.code() + ": " + e.message()));
    }
  }
}
