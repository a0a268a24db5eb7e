package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * A high-level command's subcommand is optional to argparse: awscli attaches CodeDeploy's
 * push/register/... to every command named "deploy", yet {@code aws cloudformation deploy
 * --template-file ...} runs cloudformation's own deploy, as the real CLI does.
 */
class OptionalSubcommandTests {
  private static ParseResult parse(String line) {
    return TestEngines.botocore().commandParser().parse(line);
  }

  @Test
  void aCommandWithArgumentsOfItsOwnRunsWithoutASubcommand() {
    ParseResult r = parse("aws cloudformation deploy --template-file stack.yaml --stack-name demo");
    assertTrue(r.isSuccess(), r.errors().toString());
    assertEquals(CommandKind.CUSTOM, r.command().kind());
    assertEquals("deploy", r.command().cliOperation());
    assertEquals("demo", r.command().params().path("stack-name").asText(r.command().params().toString()),
        r.command().params().toString());
  }

  @Test
  void itsRequiredArgumentsAreStillRequired() {
    ParseResult r = parse("aws cloudformation deploy --template-file stack.yaml");
    assertFalse(r.isSuccess());
    assertTrue(r.errors().get(0).message().contains("stack-name"), r.errors().toString());
  }

  @Test
  void anUnknownSubcommandIsStillRefused() {
    ParseResult r = parse("aws cloudformation deploy pusj --application-name a");
    assertFalse(r.isSuccess());
    assertEquals(ErrorCode.UNKNOWN_OPERATION, r.errors().get(0).code());
  }
}
