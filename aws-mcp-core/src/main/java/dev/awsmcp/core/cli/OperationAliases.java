package dev.awsmcp.core.cli;

import java.util.Map;

/**
 * CLI operation names that are not the {@code xform_name} of an API operation but run one,
 * by CLI service (name → API operation). rds splits ModifyOptionGroup into two commands
 * ({@code awscli/customizations/rds.py}); the others are hidden aliases the CLI keeps for
 * names its older name conversion produced ({@code make_hidden_command_alias} in
 * {@code customizations/cloudwatch.py}, {@code mturk.py}, {@code socialmessaging.py}).
 * An alias is offered only when the service model has the operation.
 */
final class OperationAliases {
  private static final Map<String, Map<String, String>> ALIASES = Map.of(
      "rds", Map.of(
          "add-option-to-option-group", "ModifyOptionGroup",
          "remove-option-from-option-group", "ModifyOptionGroup"),
      "cloudwatch", Map.of(
          "get-o-tel-enrichment", "GetOTelEnrichment",
          "start-o-tel-enrichment", "StartOTelEnrichment",
          "stop-o-tel-enrichment", "StopOTelEnrichment"),
      "mturk", Map.of("list-hi-ts-for-qualification-type", "ListHITsForQualificationType"),
      "socialmessaging", Map.of("delete-whatsapp-media-message", "DeleteWhatsAppMessageMedia"));

  private OperationAliases() {}

  /** The aliases of one CLI service: CLI name → API operation name. */
  static Map<String, String> of(String cliService) {
    return ALIASES.getOrDefault(cliService, Map.of());
  }
}
