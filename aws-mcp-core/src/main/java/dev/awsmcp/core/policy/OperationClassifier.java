package dev.awsmcp.core.policy;

import dev.awsmcp.core.model.Operation;

/**
 * Classifies every operation offline into read-only, sensitive read and mutating, in this order:
 * <ol>
 *   <li>an explicit override ({@code classification-overrides.tsv}): operations that hand out
 *       credentials are mutating, those that reveal secrets are sensitive reads;
 *   <li>the Smithy {@code @readonly} trait, where the model carries it;
 *   <li>the operation's verb: only the verbs that read ({@code Describe}, {@code Get},
 *       {@code List}, ...) make a read;
 *   <li>anything else is mutating (fail closed).
 * </ol>
 */
public final class OperationClassifier {
  // A verb is the operation name's first word: "Get" matches GetObject, not Getaway.
  private static final String[] READ_VERBS = {
    "Describe", "Get", "List", "Search", "Query", "Scan", "BatchGet", "BatchDescribe", "Head", "Lookup",
    "Select", "Check", "Detect", "Count", "Preview", "Estimate", "Download", "Filter",
  };

  private OperationClassifier() {}

  /** The class of one operation of a service (by model name, {@code s3}, not {@code s3api}). */
  public static Classification classify(String service, Operation operation) {
    Classification override = ClassificationOverrides.get(service, operation.name());
    if (override != null) {
      return override;
    }
    if (operation.readOnly().isPresent()) {
      return new Classification(operation.readOnly().get() ? OperationClass.READ_ONLY : OperationClass.MUTATING,
          "readonly trait");
    }
    String name = operation.name();
    for (String verb : READ_VERBS) {
      if (name.startsWith(verb) && (name.length() == verb.length() || !Character.isLowerCase(name.charAt(verb.length())))) {
        return new Classification(OperationClass.READ_ONLY, "verb " + verb);
      }
    }
    return new Classification(OperationClass.MUTATING, "no read verb (fail closed)");
  }

  /** Whether the operation only reads and reveals neither credentials nor secrets. */
  public static boolean isReadOnly(String service, Operation operation) {
    return classify(service, operation).operationClass() == OperationClass.READ_ONLY;
  }
}
