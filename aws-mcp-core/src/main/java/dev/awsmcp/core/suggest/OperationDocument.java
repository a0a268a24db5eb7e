package dev.awsmcp.core.suggest;

import java.util.Objects;

/**
 * What the suggester knows of one CLI command: its names and the words both halves of the
 * search read. Documents are numbered by their position in the {@link OperationCorpus}, and the
 * lexical index, the vectors and the cache all use that number.
 *
 * @param cliService for example {@code s3api}
 * @param cliOperation for example {@code list-buckets}
 * @param serviceTitle the service's full name, for example {@code Amazon Simple Storage Service}
 * @param serviceId the service's SDK id, the short name people use, for example {@code S3}; may be empty
 * @param serviceAliases other names of the service (model name, SDK id, CLI name), space separated
 * @param summary the first sentences of the operation's documentation, plain text; may be empty
 * @param parameterNames the operation's top-level parameter names as words, space separated
 * @param examples the titles of the command's AWS CLI example page, {@code "; "}-separated; may be empty
 * @param descriptions the first sentence under each title of that page ("uses the specified attributes
 *     and key schema to create a table named MusicCollection"), {@code " || "}-separated; may be empty
 * @param hasExamplePage whether the AWS CLI documents the command with an example page
 * @param highLevel whether the command is one of the CLI's high-level commands ({@code s3 cp},
 *     {@code eks update-kubeconfig}), not an API operation
 */
record OperationDocument(
    String cliService,
    String cliOperation,
    String serviceTitle,
    String serviceId,
    String serviceAliases,
    String summary,
    String parameterNames,
    String examples,
    String descriptions,
    boolean hasExamplePage,
    boolean highLevel) {
  /**
   * What the CLI's Unix-style abbreviations stand for ({@code s3 cp}, {@code s3 ls}, ...), in the
   * verbs API operation names use ({@code mb}: {@code create-bucket}).
   */
  private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of(
      "cp", "copy", "mv", "move", "rm", "remove", "ls", "list", "mb", "create bucket", "rb", "delete bucket");

  OperationDocument {
    Objects.requireNonNull(cliService, "cliService");
    Objects.requireNonNull(cliOperation, "cliOperation");
    Objects.requireNonNull(serviceTitle, "serviceTitle");
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(serviceAliases, "serviceAliases");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(parameterNames, "parameterNames");
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(descriptions, "descriptions");
  }

  /** {@code aws <service> <operation>}. */
  String command() {
    return "aws " + cliService + " " + cliOperation;
  }

  /**
   * How embedded sentences name the service: its SDK id and full name ({@code SQS, Amazon Simple
   * Queue Service}), or the full name alone when it already contains the id ({@code Amazon DynamoDB}).
   */
  String serviceLabel() {
    return serviceId.isEmpty() || serviceTitle.contains(serviceId) ? serviceTitle : serviceId + ", " + serviceTitle;
  }

  /**
   * The operation's name as words: {@code list-buckets} → {@code list buckets}; a high-level
   * command's abbreviation spelled out ({@code cp} → {@code copy}).
   */
  String operationWords() {
    return highLevel ? ABBREVIATIONS.getOrDefault(cliOperation, cliOperation.replace('-', ' ')) : cliOperation.replace('-', ' ');
  }

  /** The service as one key: the SDK id, so {@code s3} and {@code s3api} are one service; else the CLI name. */
  String serviceKey() {
    return serviceId.isEmpty() ? cliService : serviceId;
  }

  /** The descriptions of the example page, one per entry. */
  java.util.List<String> descriptionList() {
    return descriptions.isEmpty() ? java.util.List.of() : java.util.List.of(descriptions.split(" \\|\\| "));
  }
}
