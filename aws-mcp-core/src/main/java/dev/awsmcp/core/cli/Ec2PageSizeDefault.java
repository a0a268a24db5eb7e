package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.command.Pagination;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The CLI asks for pages of 1,000 when it lists all ec2 volumes or snapshots without other
 * filters, because those listings are slow in small pages. Kept so our calls match the CLI's.
 */
final class Ec2PageSizeDefault {
  private static final int PAGE_SIZE = 1000;
  private static final Set<String> ALWAYS_ALLOWED = Set.of("NextToken", "DryRun");
  private static final Map<String, Set<String>> OPERATIONS = Map.of(
      "describe-volumes", Set.of(),
      "describe-snapshots", Set.of("OwnerIds", "RestorableByUserIds"));

  private Ec2PageSizeDefault() {}

  static Pagination apply(String cliService, String cliOperation, ObjectNode params, Pagination pagination) {
    Set<String> allowed = OPERATIONS.get(cliOperation);
    if (!cliService.equals("ec2") || allowed == null || !pagination.autoPaginate() || pagination.pageSize().isPresent()) {
      return pagination;
    }
    for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name) && !ALWAYS_ALLOWED.contains(name)) {
        return pagination;
      }
    }
    return new Pagination(pagination.available(), pagination.startingToken(), OptionalInt.of(PAGE_SIZE),
        pagination.maxItems(), pagination.noPaginate());
  }
}
