package dev.awsmcp.core.suggest;

/**
 * The sentence embedded for an operation: its name as words, the service, the first title of its
 * AWS CLI example page if it has one, and the first sentence of its documentation
 * ({@code "stop instances (EC2, Amazon Elastic Compute Cloud): stop an Amazon EC2 instance. Stops
 * an Amazon EBS-backed instance."}); the service by its short SDK id too, the name people use
 * ("SQS", not "Simple Queue Service"). Short on purpose: the model's cost grows with the tokens, and
 * a first sentence carries the meaning while the rest of a page dilutes it. Changing the recipe
 * changes the vectors, so it is part of {@link SuggestIndexFormat#VERSION}.
 */
final class EmbeddingText {
  /** Characters of documentation in an embedded sentence (about 40 tokens). */
  static final int SUMMARY_CHARS = 160;

  private EmbeddingText() {}

  static String of(OperationDocument doc) {
    String summary = DocSummary.firstSentences(doc.summary(), 1, SUMMARY_CHARS);
    StringBuilder text = new StringBuilder(doc.operationWords())
        .append(" (").append(doc.serviceLabel()).append(")");
    int firstExample = doc.examples().indexOf("; ");
    String example = firstExample < 0 ? doc.examples() : doc.examples().substring(0, firstExample);
    if (!example.isEmpty()) {
      text.append(": ").append(example).append('.');
    }
    if (!summary.isEmpty()) {
      text.append(example.isEmpty() ? ": " : " ").append(summary);
    }
    return text.toString();
  }
}
