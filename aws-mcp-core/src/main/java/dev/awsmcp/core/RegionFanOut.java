package dev.awsmcp.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallListener;
import dev.awsmcp.api.exec.CallMetadata;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.core.endpoint.EndpointResolver;
import dev.awsmcp.core.endpoint.EndpointSettings;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@code --region *} command once in each region enabled for the account, as the reference
 * server does, with every region's call going through the whole pipeline (policy, budget, audit).
 *
 * <ul>
 *   <li>The regions are the account's enabled ones, from {@code ec2 describe-regions} (which lists
 *       only enabled regions) sent by the engine itself, per profile, kept for an hour. If that
 *       lookup fails the command fails saying why, rather than guessing a list.
 *   <li>Reads only: a command that changes something is refused. Repeating a change in every region
 *       is rarely meant, and consent to one prompt for seventeen changes is not informed consent;
 *       the agent names the regions one command each instead.
 *   <li>A global service (IAM, Route 53, CloudFront, Organizations: the same endpoint whatever the
 *       region) is refused: every region would answer the same.
 *   <li>Regions outside {@code AWS_MCP_ALLOWED_REGIONS} are left out, and the result says which.
 *   <li>A read that needs consent (a sensitive read) is asked about once, naming the number of
 *       regions.
 *   <li>Up to {@value #PARALLEL} regions run at once; one region's failure (an opt-in region, an
 *       AccessDenied) is that region's result and does not stop the others.
 * </ul>
 */
final class RegionFanOut {
  static final int PARALLEL = 8;
  private static final Duration REGIONS_KEPT = Duration.ofHours(1);
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The engine's steps a fanned-out command goes through. */
  interface Pipeline {
    PolicyDecision evaluate(ParsedCommand command);

    /** Mutating by the engine's classification (a sensitive read is still a read). */
    boolean changesSomething(ParsedCommand command);

    /** Asks the human once; empty when approved. Audits a refusal. */
    Optional<CommandError> askConsent(ParsedCommand command, PolicyDecision decision, CallOptions options);

    /** Audits a fan-out refused as a whole. */
    void refused(ParsedCommand command, CommandError error, CallOptions options);

    /** The rest of the pipeline for one region's command. */
    CallResult run(ParsedCommand command, CallOptions options, boolean consentGiven);

    /** The engine's own call (the region list): policy-checked and audited, outside the budget. */
    CallResult lookUp(String commandLine, CallOptions options);

    /** {@code AWS_MCP_ALLOWED_REGIONS}, when set. */
    Optional<Set<String>> allowedRegions();
  }

  private record Regions(List<String> names, Instant fetched) {}

  private final Pipeline pipeline;
  private final ServiceCatalog catalog;
  private final EndpointResolver endpoints = new EndpointResolver();
  private final Map<String, Regions> regionsByProfile = new ConcurrentHashMap<>();

  RegionFanOut(Pipeline pipeline, ServiceCatalog catalog) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  CallResult run(ParsedCommand command, CallOptions options) {
    Optional<CommandError> refusal = refusal(command);
    if (refusal.isPresent()) {
      pipeline.refused(command, refusal.get(), options);
      return CallResult.failure(refusal.get());
    }
    Listed listed = enabledRegions(command.profile(), options);
    if (listed.error() != null) {
      return CallResult.failure(listed.error());
    }
    List<String> regions = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (String name : listed.names()) {
      if (pipeline.allowedRegions().map(allowed -> allowed.contains(name)).orElse(true)) {
        regions.add(name);
      } else {
        leftOut.add(name);
      }
    }
    regions.sort(null);
    if (regions.isEmpty()) {
      CommandError none = CommandError.of(ErrorCode.POLICY_DENIED, "--region *: none of the account's enabled regions "
          + leftOut + " is allowed by AWS_MCP_ALLOWED_REGIONS " + pipeline.allowedRegions().orElse(Set.of()));
      pipeline.refused(command, none, options);
      return CallResult.failure(none);
    }
    // Consent, when the policy asks for it, once for every region: the regions differ only in where the read runs.
    for (String region : regions) {
      ParsedCommand one = command.inRegion(region);
      PolicyDecision decision = pipeline.evaluate(one);
      if (decision.outcome() == PolicyDecision.Outcome.REQUIRE_CONSENT) {
        PolicyDecision once = new PolicyDecision(decision.outcome(),
            decision.reason() + " (in each of " + regions.size() + " regions: " + String.join(", ", regions) + ")",
            decision.rule());
        Optional<CommandError> declined = pipeline.askConsent(command, once, options);
        if (declined.isPresent()) {
          return CallResult.failure(declined.get());
        }
        break;
      }
    }
    List<CallResult> results = runEach(command, regions, options);
    CallResult.Builder out = CallResult.builder().regionResults(results)
        .metadata(new CallMetadata(command.service(), command.cliService(), command.operation(), "*", 0, 0, 0));
    if (!leftOut.isEmpty()) {
      // Said in the answer rather than silently dropped.
      ObjectNode note = JSON.objectNode();
      leftOut.stream().sorted().forEach(note.putArray("regionsLeftOut")::add);
      out.response(note);
    }
    return out.build();
  }

  private Optional<CommandError> refusal(ParsedCommand command) {
    if (command.kind() != CommandKind.OPERATION) {
      return Optional.of(CommandError.forParameter(ErrorCode.INVALID_GLOBAL_OPTION, "--region",
          "--region * runs an API operation in every enabled region; '" + command.cliService() + " "
              + command.cliOperation() + "' is not one. Name a region."));
    }
    if (pipeline.changesSomething(command)) {
      return Optional.of(CommandError.of(ErrorCode.POLICY_DENIED, "--region * runs reads only, and 'aws "
          + command.cliService() + " " + command.cliOperation() + "' changes something: run it once per region,"
          + " naming each region with --region."));
    }
    if (isGlobal(command)) {
      return Optional.of(CommandError.forParameter(ErrorCode.INVALID_GLOBAL_OPTION, "--region", command.cliService()
          + " is a global service: every region answers the same. Drop --region *."));
    }
    return Optional.empty();
  }

  // A service is global when its endpoint is the same in two regions of the aws partition.
  private boolean isGlobal(ParsedCommand command) {
    Optional<ServiceModel> service = catalog.load(command.service());
    Optional<Operation> operation = service.flatMap(s -> s.operation(command.operation()));
    if (operation.isEmpty()) {
      return false;
    }
    try {
      String east = endpoints.resolve(service.get(), operation.get(), command.params(), EndpointSettings.of("us-east-1"))
          .url().getHost();
      String west = endpoints.resolve(service.get(), operation.get(), command.params(), EndpointSettings.of("eu-west-1"))
          .url().getHost();
      return east.equals(west);
    } catch (RuntimeException unresolved) {
      // Cannot tell: let each region's call say what it finds.
      return false;
    }
  }

  // The profile as one word of a command line, whatever it holds (a space, a quote, "--endpoint-url").
  static String quoted(String word) {
    return "'" + word.replace("'", "'\"'\"'") + "'";
  }

  /** The account's enabled regions, or why they could not be listed. */
  private record Listed(List<String> names, CommandError error) {}

  private Listed enabledRegions(Optional<String> profile, CallOptions options) {
    String key = profile.orElse("");
    Regions known = regionsByProfile.get(key);
    if (known != null && known.fetched().plus(REGIONS_KEPT).isAfter(Instant.now())) {
      return new Listed(known.names(), null);
    }
    // The lookup is checked like any command, so with an allow-list it runs in an allowed region
    // (us-east-1 when allowed: never an opt-in region) rather than be refused in the default one.
    Optional<String> in = pipeline.allowedRegions().filter(a -> !a.isEmpty())
        .map(a -> a.contains("us-east-1") ? "us-east-1" : a.stream().sorted().findFirst().orElseThrow());
    CallResult r = pipeline.lookUp("aws ec2 describe-regions" + in.map(x -> " --region " + quoted(x)).orElse("")
        + profile.map(p -> " --profile " + quoted(p)).orElse(""), options);
    if (!r.ok()) {
      CommandError cause = r.error().orElseThrow();
      return new Listed(List.of(), CommandError.of(cause.code(), "--region *: the account's enabled regions could not"
          + " be listed (ec2 describe-regions): " + r.serviceError().map(e -> e.code() + ": " + e.message())
              .orElse(cause.message())));
    }
    List<String> names = new ArrayList<>();
    for (JsonNode n : r.response().orElseThrow().path("Regions")) {
      String name = n.path("RegionName").asText("");
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    regionsByProfile.put(key, new Regions(List.copyOf(names), Instant.now()));
    return new Listed(names, null);
  }

  private List<CallResult> runEach(ParsedCommand command, List<String> regions, CallOptions options) {
    CallListener listener = options.listener();
    // Pages of several regions at once would make a progress count that jumps back: regions report instead.
    CallOptions each = options.withListener(CallListener.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, regions.size()), daemonThreads());
    try {
      ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
      CallResult[] results = new CallResult[regions.size()];
      for (int i = 0; i < regions.size(); i++) {
        int index = i;
        done.submit(() -> {
          results[index] = pipeline.run(command.inRegion(regions.get(index)), each, true);
          return index;
        });
      }
      for (int finished = 1; finished <= regions.size(); finished++) {
        int index;
        try {
          index = done.take().get();
        } catch (ExecutionException e) {
          // run() never throws; a failure here is the engine's own.
          throw new IllegalStateException("a region's call failed: " + e.getCause(), e.getCause());
        }
        try {
          listener.regionDone(regions.get(index), finished, regions.size());
        } catch (RuntimeException ignored) {
          // A listener's failure must not cost the answer.
        }
      }
      return List.of(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the regions ran", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "aws-mcp-region-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
