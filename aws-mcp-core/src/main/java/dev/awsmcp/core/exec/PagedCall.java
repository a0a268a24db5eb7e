package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.files.OutputFile;
import dev.awsmcp.api.command.Pagination;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.Paginator;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Runs a command's requests: once, or page after page for a paginated operation as the AWS CLI
 * does, merging pages, honouring {@code --page-size}, {@code --max-items},
 * {@code --starting-token}, {@code --no-paginate} and the agent's {@code max_results}. A call
 * never follows more than {@link #MAX_PAGES} pages: past that it stops and hands back a token.
 */
final class PagedCall {
  static final int MAX_PAGES = 200;

  private final ServiceModel service;
  private final Operation operation;
  private final OperationCall call;

  PagedCall(ServiceModel service, Operation operation, OperationCall call) {
    this.service = service;
    this.operation = operation;
    this.call = call;
  }

  /** What the requests came to. */
  record Outcome(PageAnswer last, ObjectNode merged, Optional<String> nextToken, Supplier<List<ObjectNode>> textDocuments,
      List<ObjectNode> pageDocuments, Optional<ResultContinuation> continuation, int attempts, int pages,
      long wireBytes) {

    static Outcome failed(PageAnswer answer, int attempts, int pages) {
      return new Outcome(answer, JsonNodeFactory.instance.objectNode(), Optional.empty(), List::of, List.of(),
          Optional.empty(), attempts, pages, 0);
    }
  }

  Outcome run(ParsedCommand command, CallOptions options, Optional<OutputFile> streamTo) throws InterruptedException {
    Optional<Paginator> paginator = service.paginator(operation.name()).filter(PageMerger::supports);
    Pagination pagination = command.pagination();
    ObjectNode input = command.params().deepCopy();
    if (paginator.isEmpty() || pagination.noPaginate() || !pagination.available()) {
      PageAnswer answer = call.send(input, streamTo);
      ObjectNode output = answer.output().orElseGet(JsonNodeFactory.instance::objectNode);
      Optional<String> token = paginator.flatMap(p -> singlePageToken(p, output));
      return new Outcome(answer, output, token, () -> List.of(output), List.of(output), Optional.empty(), answer.attempts(), 1,
          bodyBytes(answer));
    }
    Paginator p = paginator.get();
    pagination.pageSize().ifPresent(size -> p.limitKey().ifPresent(key -> input.put(key, size)));
    OptionalInt maxItems = min(pagination.maxItems(), options.maxResults());
    PageMerger merger;
    try {
      merger = PageMerger.start(p, pagination.startingToken(), maxItems);
    } catch (InvalidPaginationTokenException e) {
      PageAnswer refused = PageAnswer.failure(CommandError.forParameter(ErrorCode.INVALID_TYPE, "--starting-token",
          e.getMessage()), Optional.empty(), 0);
      return Outcome.failed(refused, 0, 0);
    }
    int attempts = 0;
    int pages = 0;
    long wireBytes = 0;
    while (true) {
      merger.applyTokens(input);
      PageAnswer answer = call.send(input, Optional.empty());
      attempts += answer.attempts();
      if (!answer.isSuccess()) {
        return Outcome.failed(answer, attempts, pages);
      }
      pages++;
      wireBytes += bodyBytes(answer);
      pageReceived(options, pages);
      boolean more;
      try {
        more = merger.accept(answer.output().orElseThrow());
      } catch (RepeatedPaginationTokenException e) {
        PageAnswer looped = PageAnswer.failure(CommandError.of(ErrorCode.MALFORMED_RESPONSE, e.getMessage()),
            answer.response(), attempts);
        return Outcome.failed(looped, attempts, pages);
      }
      if (!more) {
        return new Outcome(answer, merger.result(), merger.nextToken(), merger::textDocuments, merger.pages(),
            merger.continuation(), attempts, pages, wireBytes);
      }
      if (pages >= MAX_PAGES) {
        // Stop on a page boundary: the next request's tokens are the continuation.
        String token = PaginationToken.of(merger.nextInputTokens(), null, List.of()).encode();
        ObjectNode merged = merger.result();
        merged.put("NextToken", token);
        return new Outcome(answer, merged, Optional.of(token), merger::textDocuments, merger.pages(),
            merger.continuation(), attempts, pages, wireBytes);
      }
    }
  }

  // A listener is the caller's code: its failure must not fail the call.
  private static void pageReceived(CallOptions options, int pages) {
    try {
      options.listener().pageReceived(pages);
    } catch (RuntimeException ignored) {
      // documented: an exception from a listener is ignored
    }
  }

  // With --no-paginate the CLI prints the service's own token; an agent continues with it as
  // --starting-token, which takes a single plain token as is.
  private static Optional<String> singlePageToken(Paginator p, ObjectNode output) {
    if (p.outputTokens().size() != 1) {
      return Optional.empty();
    }
    JsonNode token = PaginatorPath.of(p.outputTokens().get(0)).search(output);
    return token == null || token.isNull() || !token.isValueNode() || token.asText().isEmpty()
        ? Optional.empty() : Optional.of(token.asText());
  }

  // What the answer's output can be read from: the body and the headers (HEAD answers bind them).
  private static long bodyBytes(PageAnswer answer) {
    return answer.response().map(r -> {
      long n = r.body().length;
      for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
        n += h.getKey().length() + 4;
        for (String v : h.getValue()) {
          n += v.length() + 2;
        }
      }
      return n;
    }).orElse(0L);
  }

  private static OptionalInt min(OptionalInt a, Optional<Integer> b) {
    if (a.isPresent() && b.isPresent()) {
      return OptionalInt.of(Math.min(a.getAsInt(), b.get()));
    }
    return a.isPresent() ? a : b.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

}
