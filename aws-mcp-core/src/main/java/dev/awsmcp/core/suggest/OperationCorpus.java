package dev.awsmcp.core.suggest;

import dev.awsmcp.core.cli.CliNames;
import dev.awsmcp.core.cli.CliServiceTable;
import dev.awsmcp.core.model.ModelDocumentation;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Every CLI command of every loaded service, API operations and the high-level commands the
 * engine parses, as {@link OperationDocument}s in a stable order (by CLI service, then command). Reading it loads every model and its
 * documentation, a few seconds for all of botocore: it is done once per models version and then
 * read from the cache.
 */
final class OperationCorpus {
  /** Sentences of documentation kept per operation. */
  static final int SUMMARY_SENTENCES = 2;
  /** Characters of documentation kept per operation. */
  static final int SUMMARY_CHARS = 300;

  private OperationCorpus() {}

  static List<OperationDocument> read(CliServiceTable services, CliExampleTitles examples) {
    List<OperationDocument> documents = new ArrayList<>();
    for (String modelName : services.catalog().serviceNames()) {
      ServiceModel model = services.catalog().load(modelName).orElseThrow();
      String cliName = services.cliName(modelName);
      String aliases = ServiceAliases.of(cliName, modelName, model.metadata());
      String title = ServiceAliases.title(cliName, model.metadata());
      ModelDocumentation docs = model.documentation();
      Set<String> seen = new HashSet<>();
      for (Map.Entry<String, String> command : services.operations(cliName).entrySet()) {
        // Hidden aliases run an operation that already has its own entry.
        if (!seen.add(command.getValue())) {
          continue;
        }
        Operation op = model.operation(command.getValue()).orElseThrow();
        String summary = docs.operation(op.name())
            .map(html -> DocSummary.firstSentences(html, SUMMARY_SENTENCES, SUMMARY_CHARS))
            .orElse("");
        Optional<String> titles = examples.of(cliName, command.getKey());
        String serviceId = model.metadata().serviceId() == null ? "" : model.metadata().serviceId();
        documents.add(new OperationDocument(cliName, command.getKey(), title, serviceId, aliases, summary,
            parameterWords(model, op), titles.orElse(""), examples.descriptions(cliName, command.getKey()),
            titles.isPresent(), false));
      }
    }
    addHighLevel(services, examples, documents);
    documents.sort(java.util.Comparator.comparing(OperationDocument::cliService)
        .thenComparing(OperationDocument::cliOperation));
    return List.copyOf(documents);
  }

  /**
   * The CLI's high-level commands the engine parses ({@code s3 cp}, {@code cloudformation deploy}),
   * described by the CLI ({@link CliHighLevelDescriptions}); one that shares its name with an API
   * operation of its service ({@code emr describe-cluster}) is that operation's entry already.
   * {@code s3} has no model of its own: it is named after {@code s3api}'s.
   */
  private static void addHighLevel(CliServiceTable services, CliExampleTitles examples, List<OperationDocument> documents) {
    for (Map.Entry<String, String> entry : CliHighLevelDescriptions.load().all().entrySet()) {
      String[] names = entry.getKey().split(" ", 2);
      String cliService = names[0];
      String command = names[1];
      Optional<String> modelName = services.modelName(cliService).or(() -> services.modelName(cliService + "api"));
      if (modelName.isEmpty() || !services.highLevelCommands(cliService).contains(command)
          || services.modelName(cliService).isPresent() && services.operations(cliService).containsKey(command)) {
        continue;
      }
      ServiceModel model = services.catalog().load(modelName.get()).orElseThrow();
      String modelCliName = services.cliName(modelName.get());
      String aliases = ServiceAliases.of(modelCliName, modelName.get(), model.metadata())
          + (modelCliName.equals(cliService) ? "" : " " + cliService);
      String serviceId = model.metadata().serviceId() == null ? "" : model.metadata().serviceId();
      Optional<String> titles = examples.of(cliService, command);
      String parameters = String.join(" ", services.highLevelArgumentNames(cliService, command)).replace('-', ' ');
      documents.add(new OperationDocument(cliService, command, ServiceAliases.title(modelCliName, model.metadata()), serviceId,
          aliases, DocSummary.firstSentences(entry.getValue(), SUMMARY_SENTENCES, SUMMARY_CHARS), parameters,
          titles.orElse(""), examples.descriptions(cliService, command), titles.isPresent(), true));
    }
  }

  private static String parameterWords(ServiceModel model, Operation op) {
    StringJoiner words = new StringJoiner(" ");
    op.inputShape().map(model::shape).map(Shape::members).ifPresent(members -> {
      for (String member : members.keySet()) {
        words.add(CliNames.xform(member).replace('-', ' '));
      }
    });
    return words.toString();
  }
}
