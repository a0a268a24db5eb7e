package dev.awsmcp.core.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.ValidationReport;
import dev.awsmcp.api.Validator;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliNames;
import dev.awsmcp.core.model.ModelException;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates an operation's input against its service model, as botocore's {@code ParamValidator}
 * does, plus patterns, enums and "did you mean" suggestions:
 *
 * <ul>
 *   <li>required members: a missing top-level one is {@link ErrorCode#MISSING_REQUIRED} of kind
 *       {@code missing_context} (the user must supply it), a missing nested one of kind
 *       {@code validation}; idempotency tokens are never required;
 *   <li>unknown keys ({@link ErrorCode#UNKNOWN_KEY}, with suggestions) and unions (exactly one
 *       member set);
 *   <li>types ({@link ErrorCode#INVALID_TYPE}): strings; integral numbers within the width of
 *       {@code integer} or {@code long}; numbers for {@code float} and {@code double}; booleans;
 *       lists; objects for maps and structures; base64 strings for blobs; ISO-8601 strings for
 *       timestamps; anything for documents and {@code jsonvalue} members. Nulls are refused;
 *   <li>enum values ({@link ErrorCode#INVALID_CHOICE}, with suggestions);
 *   <li>minimums: string length in code points (Python's {@code len()}, as botocore; a host
 *       label has an implicit minimum of 1), list and map sizes, decoded blob length ({@link
 *       ErrorCode#TOO_SHORT}), and number values ({@link ErrorCode#OUT_OF_RANGE});
 *   <li>patterns ({@link ErrorCode#PATTERN_MISMATCH}), matched with {@code find()} semantics,
 *       see {@link PatternRule}.
 * </ul>
 *
 * <p>Maximums are not enforced, neither lengths nor sizes nor number values: services raise
 * them (Lambda's {@code MemorySize} maximum was 3008, then 10240, and is 32768 in today's model), and a model older
 * than the service must not refuse input the service accepts.
 *
 * <p>Enum values are checked although a model older than the service may lack a newly added
 * value; the suggestions make a typo cheap to fix, and updating the models fixes the rest.
 *
 * <p>Every violation is reported, in input order, up to 100; values nested deeper than 100 levels
 * are reported as {@link ErrorCode#INPUT_TOO_LARGE}. Commands that are not single operations
 * ({@code HELP}, {@code CUSTOM}) are valid here. A model that cannot be read yields {@link
 * ErrorCode#MODEL_ERROR}.
 *
 * <p>What each shape needs (compiled pattern, enum set, member table) is derived on first use and
 * cached for the life of the validator. Thread-safe; build once, share.
 */
public final class ModelValidator implements Validator {
  private static final int SUGGESTIONS = 3;

  private final ServiceCatalog catalog;
  private final ShapeRulesCache cache = new ShapeRulesCache();

  public ModelValidator(ServiceCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  @Override
  public ValidationReport validate(ParsedCommand command) {
    if (command.kind() != CommandKind.OPERATION) {
      return ValidationReport.valid();
    }
    try {
      Optional<ServiceModel> model = catalog.load(command.service());
      if (model.isEmpty()) {
        List<String> close = DidYouMean.suggest(command.service(), catalog.serviceNames(), SUGGESTIONS);
        return report(CommandError.of(ErrorCode.UNKNOWN_SERVICE,
            "unknown service '" + command.service() + "'" + Messages.didYouMean(close)).withSuggestions(close));
      }
      Optional<Operation> operation = model.get().operation(command.operation());
      if (operation.isEmpty()) {
        return unknownOperation(command, model.get());
      }
      return check(command, model.get(), operation.get());
    } catch (ModelException e) {
      return report(CommandError.of(ErrorCode.MODEL_ERROR,
          "cannot validate " + command.cliService() + " " + command.cliOperation() + ": " + e.getMessage()));
    }
  }

  private ValidationReport check(ParsedCommand command, ServiceModel model, Operation operation) {
    ObjectNode params = command.params();
    InputChecker checker =
        new InputChecker(cache, new ParameterNames(command.cliService(), command.cliOperation()));
    if (operation.inputShape().isPresent()) {
      checker.checkInput(cache.rules(model.shape(operation.inputShape().get())), params);
    } else {
      checker.checkNoInput(params);
    }
    List<CommandError> errors = checker.errors();
    return errors.isEmpty() ? ValidationReport.valid() : new ValidationReport(errors);
  }

  private static ValidationReport unknownOperation(ParsedCommand command, ServiceModel model) {
    List<String> cliNames = new ArrayList<>(model.operations().size());
    for (String name : model.operations().keySet()) {
      cliNames.add(CliNames.xform(name));
    }
    List<String> close = DidYouMean.suggest(command.cliOperation(), cliNames, SUGGESTIONS);
    return report(CommandError.of(ErrorCode.UNKNOWN_OPERATION,
        "unknown operation '" + command.cliOperation() + "' of " + command.cliService()
            + Messages.didYouMean(close)).withSuggestions(close));
  }

  private static ValidationReport report(CommandError error) {
    return new ValidationReport(List.of(error));
  }
}
