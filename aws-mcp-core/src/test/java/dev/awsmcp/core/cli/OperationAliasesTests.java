package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Commands under names that are not their operation's; expected values from awscli 1.45.11. */
class OperationAliasesTests {
  @Test
  void rdsSplitsModifyOptionGroup() {
    ParsedCommand c = assertParams("aws rds add-option-to-option-group --option-group-name myoptiongroup"
            + " --options OptionName=OEM,Port=5500,DBSecurityGroupMemberships=default --apply-immediately",
        "{\"ApplyImmediately\": true, \"OptionGroupName\": \"myoptiongroup\", \"OptionsToInclude\": [{\"DBSecurityGroupMemberships\":"
            + " [\"default\"], \"OptionName\": \"OEM\", \"Port\": 5500}]}");
    assertEquals("ModifyOptionGroup", c.operation());
    assertEquals("add-option-to-option-group", c.cliOperation());
    assertParams("aws rds remove-option-from-option-group --option-group-name myoptiongroup --options OEM --apply-immediately",
        "{\"ApplyImmediately\": true, \"OptionGroupName\": \"myoptiongroup\", \"OptionsToRemove\": [\"OEM\"]}");
    assertRejected("aws rds add-option-to-option-group --option-group-name g --options-to-remove OEM", ErrorCode.UNKNOWN_PARAMETER,
        "Unknown options: --options-to-remove");
    assertRejected("aws rds modify-option-group --option-group-name g", ErrorCode.UNSUPPORTED_COMMAND, "modify-option-group");
  }

  @Test
  void hiddenAliasesRunTheirOperation() {
    assertEquals("GetOTelEnrichment", assertParams("aws cloudwatch get-o-tel-enrichment", "{}").operation());
    assertEquals("ListHITsForQualificationType",
        assertParams("aws mturk list-hi-ts-for-qualification-type --qualification-type-id q", "{\"QualificationTypeId\": \"q\"}")
            .operation());
    assertEquals("DeleteWhatsAppMessageMedia",
        assertParams("aws socialmessaging delete-whatsapp-media-message --media-id m --origination-phone-number-id p",
            "{\"mediaId\": \"m\", \"originationPhoneNumberId\": \"p\"}").operation());
  }
}
