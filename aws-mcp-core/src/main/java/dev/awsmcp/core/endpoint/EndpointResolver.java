package dev.awsmcp.core.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.smithy.rulesengine.language.EndpointRuleSet;
import software.amazon.smithy.rulesengine.language.evaluation.RuleEvaluator;
import software.amazon.smithy.rulesengine.language.evaluation.value.EndpointValue;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;
import software.amazon.smithy.rulesengine.language.syntax.Identifier;

/**
 * Resolves where a call goes and how it is signed by evaluating the service's endpoint rule set
 * with the Smithy rules engine, feeding it parameters the way botocore (and so the AWS CLI)
 * does: static and input context parameters of the operation, operation context paths, then
 * built-ins from {@link EndpointSettings}. See {@code docs/endpoints.md}.
 *
 * <p>Thread-safe; build one per engine and share it. Rule sets are parsed on a service's first
 * call and kept while its model lives.
 */
public final class EndpointResolver {
  /** The schemes this engine's signer implements, by default. */
  public static final Set<String> DEFAULT_SIGNING_SCHEMES = Set.of("sigv4", "sigv4-s3express");

  private final RuleSetCache ruleSets = new RuleSetCache();
  private final EndpointCache endpoints = new EndpointCache();
  private final EndpointParameters parameters = new EndpointParameters(new OperationContextPaths());
  private final AuthSchemeChooser auth;

  /** A resolver for a signer that implements {@link #DEFAULT_SIGNING_SCHEMES}. */
  public EndpointResolver() {
    this(DEFAULT_SIGNING_SCHEMES);
  }

  /**
   * A resolver for a signer that implements the given endpoint auth scheme names
   * ({@code sigv4}, {@code sigv4a}, {@code sigv4-s3express}); the endpoint's first scheme in
   * this set is chosen.
   */
  public EndpointResolver(Set<String> signingSchemes) {
    this.auth = new AuthSchemeChooser(signingSchemes);
  }

  /**
   * The endpoint of one call.
   *
   * @param input the operation's input, keyed by member name (the API parameters)
   * @throws EndpointException if the rule set ends in an error (its message says why), the
   *     service has no rule set, or the endpoint asks for a signature this engine cannot make
   */
  public ResolvedEndpoint resolve(ServiceModel service, Operation operation, ObjectNode input, EndpointSettings settings) {
    EndpointRuleSet ruleSet = ruleSets.get(service);
    Map<Identifier, Value> values = parameters.of(ruleSet, service, operation, input, settings);
    EndpointValue endpoint = endpoints.get(ruleSet, values, () -> evaluate(ruleSet, values));
    Object authSchemes = endpoint.getProperties().containsKey("authSchemes")
        ? endpoint.getProperties().get("authSchemes").toObject() : null;
    return new ResolvedEndpoint(
        uri(endpoint.getUrl()),
        new TreeMap<>(endpoint.getHeaders()),
        auth.choose(service, operation, authSchemes, settings.region()));
  }

  /** Evaluates parameters against a rule set: an endpoint, or the error rule's message. */
  static EndpointValue evaluate(EndpointRuleSet ruleSet, Map<Identifier, Value> values) {
    Value result;
    try {
      result = RuleEvaluator.evaluate(ruleSet, values);
    } catch (RuntimeException e) {
      throw new EndpointException("no endpoint: " + e.getMessage(), e);
    }
    if (result instanceof EndpointValue) {
      return (EndpointValue) result;
    }
    // An error rule evaluates to its message.
    throw new EndpointException(result.expectStringValue().getValue());
  }

  private static URI uri(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new EndpointException("the endpoint rules gave an invalid URL " + url, e);
    }
  }
}
