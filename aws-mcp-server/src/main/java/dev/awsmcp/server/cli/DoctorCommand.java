package dev.awsmcp.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.plans.ExecutionPlan;
import dev.awsmcp.core.plans.ExecutionPlans;
import dev.awsmcp.core.plans.PlanCatalog;
import dev.awsmcp.core.plans.SkippedPlanFile;
import dev.awsmcp.core.auth.AgentRole;
import dev.awsmcp.core.auth.CallerIdentity;
import dev.awsmcp.core.exec.ExecutorSettings;
import dev.awsmcp.core.model.ModelSource;
import dev.awsmcp.core.policy.PolicySettings;
import dev.awsmcp.server.http.HttpConfigurationException;
import dev.awsmcp.server.http.HttpMcpServer;
import dev.awsmcp.server.http.HttpSettings;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code doctor}: the effective configuration, the models found, who the engine acts as, and
 * warnings (root credentials above all). Exits 0 when the identity is known, 1 when it is not.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Print the effective configuration, the models found, the AWS identity the engine acts as, and warnings.")
final class DoctorCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    AwsMcp engine = Engines.fromEnvironment();
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put("version", new VersionProvider().getVersion()[0]);
    out.put("java", System.getProperty("java.version"));
    ObjectNode models = out.putObject("models");
    ArrayNode sources = models.putArray("sources");
    for (ModelSource source : engine.catalog().sources()) {
      sources.addObject().put("kind", source.kind()).put("location", source.location()).put("services", source.serviceNames().size());
    }
    models.put("serviceCount", engine.catalog().serviceNames().size());
    ArrayNode warnings = json.createArrayNode();
    out.set("execution", execution(json, engine, warnings));
    out.set("configuration", configuration(json, engine, warnings));
    out.set("policySummary", policySummary(json, engine.policySettings()));
    CallResult identity = engine.callerIdentity();
    Optional<CallerIdentity> who = CallerIdentity.of(identity);
    if (who.isPresent()) {
      ObjectNode id = out.putObject("identity");
      id.put("account", who.get().account()).put("arn", who.get().arn()).put("userId", who.get().userId());
      if (who.get().isRoot()) {
        warnings.add(CallerIdentity.ROOT_WARNING);
      }
    } else {
      out.putObject("identity").put("error", identity.error().map(e -> e.code() + ": " + e.message()).orElse("unknown"));
      warnings.add("the AWS identity could not be determined; calls will fail until credentials are configured");
    }
    out.set("warnings", warnings);
    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    warnings.forEach(w -> System.err.println("WARNING: " + w.asText()));
    return who.isPresent() ? ExitCodes.OK : ExitCodes.SERVICE_ERROR;
  }

  private static ObjectNode execution(ObjectMapper json, AwsMcp engine, ArrayNode warnings) {
    ExecutorSettings x = engine.executorSettings();
    Map<String, String> env = System.getenv();
    ObjectNode e = json.createObjectNode();
    // What a command without --region or an ARN runs in: the CLI falls back to us-east-1 too.
    e.put("defaultRegion", engine.defaultRegion().orElse("us-east-1"));
    e.put("profile", engine.profile().orElse(null));
    e.put("endpointUrl", env.get("AWS_ENDPOINT_URL"));
    e.put("maxAttempts", x.maxAttempts());
    e.put("connectTimeoutSeconds", x.connectTimeout().toMillis() / 1000.0);
    e.put("readTimeoutSeconds", x.readTimeout().toMillis() / 1000.0);
    e.put("userAgent", x.userAgent());
    String transport = ServeCommand.transport(null, env);
    e.put("transport", transport);
    e.set("http", http(json, env, transport.equals(ServeCommand.STREAMABLE_HTTP), warnings));
    e.put("telemetry", "none (AWS_API_MCP_TELEMETRY is accepted and ignored)");
    return e;
  }

  // The streamable HTTP settings as serve would take them; a refusal is a warning only when HTTP is the transport.
  private static ObjectNode http(ObjectMapper json, Map<String, String> env, boolean served, ArrayNode warnings) {
    ObjectNode h = json.createObjectNode();
    try {
      HttpSettings s = HttpSettings.fromEnvironment(env);
      h.put("host", s.host()).put("port", s.port()).put("path", HttpMcpServer.PATH);
      h.put("authType", s.authentication().kind().spelling());
      s.authentication().issuer().ifPresent(i -> h.put("issuer", i));
      s.authentication().jwksUri().ifPresent(u -> h.put("jwksUri", u.toString()));
      s.authentication().audience().ifPresent(a -> h.put("audience", a));
      h.put("stateless", s.stateless());
      h.set("allowedHosts", json.valueToTree(s.allowedHosts()));
      h.set("allowedOrigins", json.valueToTree(s.allowedOrigins()));
      if (served) {
        s.warnings().forEach(warnings::add);
      }
    } catch (HttpConfigurationException e) {
      // what was set, unchecked, next to why serve would refuse it
      h.put("host", env.getOrDefault(HttpSettings.HOST, "127.0.0.1")).put("port", env.getOrDefault(HttpSettings.PORT, "8000"));
      h.put("authType", env.containsKey(HttpSettings.AUTH_TYPE) ? env.get(HttpSettings.AUTH_TYPE)
          : env.containsKey(HttpSettings.BEARER_TOKEN) || env.containsKey(HttpSettings.BEARER_TOKEN_FILE) ? "bearer-token" : null);
      h.put("stateless", env.get(HttpSettings.STATELESS));
      h.put("refused", e.getMessage());
      if (served) {
        warnings.add("serve would refuse to start over HTTP: " + e.getMessage());
      }
    }
    return h;
  }

  /** What the policy does with each kind of command, in words a person checks at a glance. */
  private static ArrayNode policySummary(ObjectMapper json, PolicySettings p) {
    ArrayNode lines = json.createArrayNode();
    lines.add("commands that change something: " + (p.readOnly() ? "refused (read-only mode)"
        : p.requireMutationConsent() ? "run after a human consents" : "run (IAM alone limits them)"));
    lines.add("reads that reveal secrets: " + p.sensitiveReads().name().toLowerCase(java.util.Locale.ROOT));
    lines.add("policy files: " + p.policyFiles().stream().filter(f -> Files.exists(f.path())).count() + " of "
        + p.policyFiles().size() + " configured files exist (deny and consent lists, read-only)");
    lines.add("guard policies: " + p.guardPolicies().size());
    lines.add("always refused: shell operators, subprocess commands, wait, --debug, --no-verify-ssl,"
        + " --no-sign-request, non-loopback --endpoint-url, configure, history");
    return lines;
  }

  private static ObjectNode configuration(ObjectMapper json, AwsMcp engine, ArrayNode warnings) {
    PolicySettings p = engine.policySettings();
    ObjectNode c = json.createObjectNode();
    c.put("workingDirectory", engine.fileSandbox().workingDirectory().toString());
    c.put("fileAccess", engine.fileSandbox().access().spelling());
    c.put("readOnly", p.readOnly());
    c.put("requireMutationConsent", p.requireMutationConsent());
    c.put("sensitiveReads", p.sensitiveReads().name().toLowerCase(java.util.Locale.ROOT));
    c.set("allowedProfiles", json.valueToTree(p.allowedProfiles()));
    p.allowedRegions().ifPresent(r -> c.set("allowedRegions", json.valueToTree(r)));
    ArrayNode files = c.putArray("policyFiles");
    p.policyFiles().forEach(f -> files.addObject().put("path", f.path().toString()).put("exists", Files.exists(f.path())));
    c.set("guardPolicies", json.valueToTree(p.guardPolicies().stream().map(Object::toString).toArray()));
    ObjectNode budgets = c.putObject("budgets");
    p.budgets().perMinute().ifPresent(n -> budgets.put("callsPerMinute", n));
    p.budgets().perSession().ifPresent(n -> budgets.put("callsPerSession", n));
    p.budgets().mutations().ifPresent(n -> budgets.put("mutations", n));
    c.put("consentTimeoutSeconds", p.consentTimeout().toSeconds());
    c.put("serverName", p.serverName());
    Map<String, String> env = System.getenv();
    AgentRole.fromEnvironment(env).ifPresentOrElse(r -> c.putObject("agentRole").put("roleArn", r.roleArn())
        .put("sessionName", r.sessionName()).put("sourceIdentity", r.sourceIdentity().orElse(null)),
        () -> c.putNull("agentRole"));
    c.put("auditFile", env.get("AWS_MCP_AUDIT_FILE"));
    c.set("executionPlans", executionPlans(json, engine.executionPlans(), warnings));
    if (!p.readOnly() && !p.requireMutationConsent()) {
      warnings.add("mutating commands run without read-only mode or consent; IAM alone limits them");
    }
    return c;
  }

  // Reads the user's plan directory as get_execution_plan would: doctor is where a plan author checks it.
  private static ObjectNode executionPlans(ObjectMapper json, ExecutionPlans plans, ArrayNode warnings) {
    ObjectNode e = json.createObjectNode();
    e.put("enabled", plans.isEnabled());
    e.put("directory", plans.settings().directory().map(Object::toString).orElse(null));
    PlanCatalog catalog = plans.catalog();
    e.set("plans", json.valueToTree(catalog.plans().stream().map(ExecutionPlan::name).toList()));
    e.set("userPlans", json.valueToTree(catalog.plans().stream().filter(p -> !p.isBuiltIn()).map(ExecutionPlan::name).toList()));
    e.set("overriddenBuiltIns", json.valueToTree(catalog.overriddenBuiltIns()));
    ArrayNode skipped = e.putArray("skipped");
    for (SkippedPlanFile f : catalog.skipped()) {
      skipped.addObject().put("file", f.file().toString()).put("reason", f.reason());
      warnings.add(f.message());
    }
    return e;
  }
}
