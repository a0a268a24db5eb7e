package dev.awsmcp.server.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.policy.PolicySettings;
import dev.awsmcp.server.http.HttpMcpServer;
import dev.awsmcp.server.http.HttpSettings;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server over streamable HTTP on a free 127.0.0.1 port, in this process, driven by the
 * MCP SDK's HTTP client: one server checking JWTs from a local JWKS endpoint (with sessions, so
 * consent is asked by elicitation), one stateless server with a static token. Unauthenticated
 * requests and foreign Hosts or Origins are checked with a plain HTTP client.
 */
class McpHttpServerTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ISSUER = "https://issuer.example.test";
  private static final String AUDIENCE = "aws-mcp-tests";
  private static final String STATIC_TOKEN = "static-token-" + UUID.randomUUID();
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
      + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

  @TempDir static Path home;
  private static HttpServer jwks;
  private static RSAKey key;
  private static HttpMcpServer oauthServer;
  private static HttpMcpServer statelessServer;
  private static String oauthUrl;
  private static String statelessUrl;
  private static int oauthPort;
  private static final List<McpSyncClient> clients = new ArrayList<>();
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("test-key").generate();
    jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    jwks.createContext("/jwks.json", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, keys.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(keys);
      }
    });
    jwks.start();

    oauthPort = McpClients.freePort();
    Map<String, String> oauthEnv = McpClients.environment(home);
    oauthEnv.put(HttpSettings.PORT, String.valueOf(oauthPort));
    oauthEnv.put(HttpSettings.AUTH_TYPE, "oauth");
    oauthEnv.put(HttpSettings.AUTH_ISSUER, ISSUER);
    oauthEnv.put(HttpSettings.AUTH_JWKS_URI, "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json");
    oauthEnv.put(HttpSettings.AUTH_AUDIENCE, AUDIENCE);
    oauthEnv.put("AWS_MCP_AUDIT_FILE", home.resolve("oauth-audit.jsonl").toString());
    oauthServer = new HttpMcpServer(setup(oauthEnv), HttpSettings.fromEnvironment(oauthEnv));
    oauthUrl = "http://127.0.0.1:" + oauthServer.start();

    Map<String, String> statelessEnv = McpClients.environment(home);
    statelessEnv.put(HttpSettings.PORT, String.valueOf(McpClients.freePort()));
    statelessEnv.put(HttpSettings.BEARER_TOKEN, STATIC_TOKEN);
    statelessEnv.put(HttpSettings.STATELESS, "yes");
    statelessEnv.put("AWS_MCP_AUDIT_FILE", home.resolve("stateless-audit.jsonl").toString());
    statelessServer = new HttpMcpServer(setup(statelessEnv), HttpSettings.fromEnvironment(statelessEnv));
    statelessUrl = "http://127.0.0.1:" + statelessServer.start();
  }

  // The server as serve builds it, with the test environment instead of the process's.
  private static McpServerSetup setup(Map<String, String> env) {
    PolicySettings policy = PolicySettings.fromEnvironment(env, Optional.empty());
    return new McpServerSetup(() -> AwsMcp.builder().environment(env), policy.readOnly(), true, policy.consentTimeout(), "test");
  }

  @AfterAll
  static void stop() throws Exception {
    clients.forEach(McpSyncClient::closeGracefully);
    for (HttpMcpServer s : new HttpMcpServer[] {oauthServer, statelessServer}) {
      if (s != null) {
        s.stop();
      }
    }
    if (jwks != null) {
      jwks.stop(0);
    }
  }

  private static String jwt(RSAKey signer, String issuer, String audience, Instant expires, Instant notBefore) throws Exception {
    return jwt(signer, "agent-1", issuer, audience, expires, notBefore);
  }

  private static String jwt(RSAKey signer, String subject, String issuer, String audience, Instant expires, Instant notBefore)
      throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
        .expirationTime(Date.from(expires)).notBeforeTime(Date.from(notBefore)).issueTime(new Date()).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).type(JOSEObjectType.JWT).build(),
        claims);
    jwt.sign(new RSASSASigner(signer));
    return jwt.serialize();
  }

  private static String goodJwt() throws Exception {
    return jwt(key, ISSUER, AUDIENCE, Instant.now().plusSeconds(600), Instant.now().minusSeconds(5));
  }

  private static McpSyncClient client(String url, String token, UnaryOperator<McpClient.SyncSpec> spec) {
    McpSyncClient client = McpClients.http(url, token, spec);
    clients.add(client);
    return client;
  }

  private static JsonNode firstResult(McpSchema.CallToolResult r) throws Exception {
    return JSON.readTree(((McpSchema.TextContent) r.content().get(0)).text()).get("results").get(0);
  }

  private static HttpResponse<String> post(String url, Map<String, String> headers) throws Exception {
    return post(url, headers, INITIALIZE);
  }

  private static HttpResponse<String> post(String url, Map<String, String> headers, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + HttpMcpServer.PATH))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String rawPost(int port, String host, String authorization) throws IOException {
    try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
      String head = "POST " + HttpMcpServer.PATH + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
          + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: "
          + body.length + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      // enough to see the status line and the start of the body
      byte[] answer = socket.getInputStream().readNBytes(2048);
      return new String(answer, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aClientWithAGoodJwtListsTheToolsAndCallsAws() throws Exception {
    McpSyncClient client = client(oauthUrl, goodJwt(), s -> s);
    List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    assertTrue(names.contains("call_aws") && names.contains("suggest_aws_commands"), names.toString());
    McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("call_aws",
        Map.of("cli_command", "aws sts get-caller-identity")));
    assertFalse(r.isError(), r.toString());
    JsonNode item = firstResult(r);
    assertTrue(item.get("ok").asBoolean(), item.toString());
    // The audit names who asked: the token's subject.
    String audit = Files.readString(home.resolve("oauth-audit.jsonl"));
    assertTrue(audit.contains("\"caller\":\"agent-1\""), audit);
  }

  @Test
  void consentIsAskedByElicitationOverHttpAndTheAnswerDecides() throws Exception {
    AtomicReference<McpSchema.ElicitResult> answer = new AtomicReference<>();
    List<String> asked = new CopyOnWriteArrayList<>();
    McpSyncClient client = client(oauthUrl, goodJwt(), spec -> spec
        .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
        .elicitation(request -> {
          asked.add(request.message());
          return answer.get();
        }));
    answer.set(new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true)));
    JsonNode yes = firstResult(client.callTool(new McpSchema.CallToolRequest("call_aws",
        Map.of("cli_command", "aws sqs create-queue --queue-name http-yes-" + RUN))));
    assertTrue(yes.get("ok").asBoolean(), yes.toString());
    assertEquals(1, asked.size());
    assertTrue(asked.get(0).contains("http-yes-" + RUN), asked.get(0));

    answer.set(new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.DECLINE, null));
    JsonNode no = firstResult(client.callTool(new McpSchema.CallToolRequest("call_aws",
        Map.of("cli_command", "aws sqs create-queue --queue-name http-no-" + RUN))));
    assertFalse(no.get("ok").asBoolean(), no.toString());
    assertEquals("CONSENT_DECLINED", no.get("error").get("code").asText(), no.toString());
    assertEquals(2, asked.size());
  }

  @Test
  void withoutAValidTokenTheAnswerIs401WithABearerChallenge() throws Exception {
    HttpResponse<String> none = post(oauthUrl, Map.of());
    assertEquals(401, none.statusCode(), none.body());
    String challenge = none.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.startsWith("Bearer ") && !challenge.contains("error="), challenge);

    RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
    Map<String, String> bad = Map.of(
        "a wrong token", "not-a-jwt",
        "an expired JWT", jwt(key, ISSUER, AUDIENCE, Instant.now().minusSeconds(600), Instant.now().minusSeconds(1200)),
        "a JWT not valid yet", jwt(key, ISSUER, AUDIENCE, Instant.now().plusSeconds(1200), Instant.now().plusSeconds(600)),
        "a JWT from another issuer", jwt(key, "https://other.example.test", AUDIENCE, Instant.now().plusSeconds(600),
            Instant.now().minusSeconds(5)),
        "a JWT for another audience", jwt(key, ISSUER, "someone-else", Instant.now().plusSeconds(600), Instant.now().minusSeconds(5)),
        "a JWT signed by another key", jwt(stranger, ISSUER, AUDIENCE, Instant.now().plusSeconds(600), Instant.now().minusSeconds(5)),
        "the static token of the other server", STATIC_TOKEN);
    for (Map.Entry<String, String> e : bad.entrySet()) {
      HttpResponse<String> r = post(oauthUrl, Map.of("Authorization", "Bearer " + e.getValue()));
      assertEquals(401, r.statusCode(), e.getKey() + ": " + r.body());
      String c = r.headers().firstValue("WWW-Authenticate").orElse("");
      assertTrue(c.startsWith("Bearer ") && c.contains("error=\"invalid_token\""), e.getKey() + ": " + c);
    }
    HttpResponse<String> basic = post(oauthUrl, Map.of("Authorization", "Basic dXNlcjpwYXNz"));
    assertEquals(401, basic.statusCode());
    HttpResponse<String> good = post(oauthUrl, Map.of("Authorization", "Bearer " + goodJwt()));
    assertEquals(200, good.statusCode(), good.body());
  }

  @Test
  void theMcpClientIsRefusedWithoutTheRightToken() {
    assertThrows(RuntimeException.class, () -> client(oauthUrl, "not-a-jwt", s -> s));
    assertThrows(RuntimeException.class, () -> client(statelessUrl, STATIC_TOKEN + "x", s -> s));
  }

  @Test
  void aForeignHostOrOriginIsRefusedWith403EvenWithAGoodToken() throws Exception {
    String token = "Bearer " + goodJwt();
    // java.net.http will not send a Host of our choosing: a raw request does what a rebound page's browser would.
    String rebound = rawPost(oauthPort, "attacker.example.com:" + oauthPort, token);
    assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
    assertTrue(rebound.contains("AWS_API_MCP_ALLOWED_HOSTS"), rebound);
    String local = rawPost(oauthPort, "localhost:" + oauthPort, token);
    assertTrue(local.startsWith("HTTP/1.1 200"), "the default list has localhost: " + local);
    assertFalse(local.contains("Jetty"), "no server version: " + local);

    HttpResponse<String> foreign = post(oauthUrl, Map.of("Authorization", token, "Origin", "https://evil.example.com"));
    assertEquals(403, foreign.statusCode(), foreign.body());
    assertTrue(foreign.body().contains("AWS_API_MCP_ALLOWED_ORIGINS"), foreign.body());
    // a foreign origin is refused before its (missing) token is looked at
    assertEquals(403, post(oauthUrl, Map.of("Origin", "https://evil.example.com")).statusCode());

    HttpResponse<String> localOrigin = post(oauthUrl, Map.of("Authorization", token, "Origin", "http://localhost:" + oauthPort));
    assertEquals(200, localOrigin.statusCode(), localOrigin.body());
  }

  @Test
  void aSessionServesOnlyTheCallerWhoseTokenOpenedIt() throws Exception {
    Instant later = Instant.now().plusSeconds(600);
    Instant earlier = Instant.now().minusSeconds(5);
    String alice = "Bearer " + jwt(key, "alice", ISSUER, AUDIENCE, later, earlier);
    String bob = "Bearer " + jwt(key, "bob", ISSUER, AUDIENCE, later, earlier);
    HttpResponse<String> opened = post(oauthUrl, Map.of("Authorization", alice));
    assertEquals(200, opened.statusCode(), opened.body());
    String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
    String list = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    HttpResponse<String> stolen = post(oauthUrl, Map.of("Authorization", bob, "Mcp-Session-Id", session), list);
    assertEquals(404, stolen.statusCode(), "another user's valid token does not open alice's session: " + stolen.body());
    HttpResponse<String> made = post(oauthUrl, Map.of("Authorization", alice, "Mcp-Session-Id", session), list);
    assertTrue(made.statusCode() == 200 || made.statusCode() == 202, made.statusCode() + " " + made.body());
    HttpResponse<String> unknown = post(oauthUrl, Map.of("Authorization", alice, "Mcp-Session-Id", "no-such-session"), list);
    assertEquals(404, unknown.statusCode(), unknown.body());
  }

  @Test
  void statelessHttpServesWithoutSessionsAndRefusesWhatNeedsConsent() throws Exception {
    McpSyncClient client = client(statelessUrl, STATIC_TOKEN, spec -> spec
        .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
        .elicitation(request -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true))));
    assertTrue(client.listTools().tools().stream().anyMatch(t -> t.name().equals("call_aws")));
    JsonNode read = firstResult(client.callTool(new McpSchema.CallToolRequest("call_aws",
        Map.of("cli_command", "aws sqs list-queues"))));
    assertTrue(read.get("ok").asBoolean(), read.toString());
    JsonNode write = firstResult(client.callTool(new McpSchema.CallToolRequest("call_aws",
        Map.of("cli_command", "aws sqs create-queue --queue-name http-stateless-" + RUN))));
    assertFalse(write.get("ok").asBoolean(), write.toString());
    assertEquals("CONSENT_DECLINED", write.get("error").get("code").asText(), write.toString());
    assertTrue(write.get("error").get("message").asText().contains("cannot ask"), write.toString());
    String audit = Files.readString(home.resolve("stateless-audit.jsonl"));
    assertTrue(audit.contains("\"caller\":\"static bearer token\""), audit);

    HttpResponse<String> initialized = post(statelessUrl, Map.of("Authorization", "Bearer " + STATIC_TOKEN));
    assertEquals(200, initialized.statusCode(), initialized.body());
    assertTrue(initialized.headers().firstValue("Mcp-Session-Id").isEmpty(), "no session in stateless mode");
    HttpResponse<String> stateful = post(oauthUrl, Map.of("Authorization", "Bearer " + goodJwt()));
    assertNotNull(stateful.headers().firstValue("Mcp-Session-Id").orElse(null), "a session with sessions on");
  }
}
