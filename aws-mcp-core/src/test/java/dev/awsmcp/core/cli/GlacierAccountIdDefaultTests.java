package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;

import org.junit.jupiter.api.Test;

/** glacier's accountId default; expected values from awscli 1.45.11 after botocore's before-parameter-build handlers. */
class GlacierAccountIdDefaultTests {
  @Test
  void missingOrNullAccountIdIsTheCallersAccount() {
    assertParams("aws glacier list-vaults --cli-input-json '{}'", "{\"accountId\": \"-\"}");
    assertParams("aws glacier describe-vault --vault-name v --cli-input-json '{\"accountId\": null}'",
        "{\"accountId\": \"-\", \"vaultName\": \"v\"}");
    assertParams("aws glacier list-vaults --account-id 111122223333", "{\"accountId\": \"111122223333\"}");
  }

  @Test
  void withoutAccountIdTheEngineIsMoreLenientThanTheCliParser() {
    // The CLI's parser requires --account-id here ("the following arguments are required").
    assertParams("aws glacier list-vaults", "{\"accountId\": \"-\"}");
  }
}
