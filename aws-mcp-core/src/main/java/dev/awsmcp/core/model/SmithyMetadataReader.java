package dev.awsmcp.core.model;

import static dev.awsmcp.core.model.SmithyAst.has;
import static dev.awsmcp.core.model.SmithyAst.text;
import static dev.awsmcp.core.model.SmithyAst.trait;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Derives botocore's service metadata from a Smithy service shape and its traits. */
final class SmithyMetadataReader {
  // Protocol traits and botocore's names for them, in botocore's order of preference: services
  // that offer rpcv2Cbor list it first, then JSON, then the XML/query protocols.
  private static final List<Map.Entry<String, String>> PROTOCOLS = List.of(
      Map.entry(SmithyTraits.RPC_V2_CBOR, "smithy-rpc-v2-cbor"),
      Map.entry(SmithyTraits.AWS_JSON_1_0, "json"),
      Map.entry(SmithyTraits.AWS_JSON_1_1, "json"),
      Map.entry(SmithyTraits.REST_JSON_1, "rest-json"),
      Map.entry(SmithyTraits.REST_XML, "rest-xml"),
      Map.entry(SmithyTraits.AWS_QUERY, "query"),
      Map.entry(SmithyTraits.EC2_QUERY, "ec2"));

  private SmithyMetadataReader() {}

  /** Every protocol the service offers, by botocore name, preferred first. */
  static List<String> protocols(JsonNode service) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> p : PROTOCOLS) {
      if (has(service, p.getKey()) && !out.contains(p.getValue())) {
        out.add(p.getValue());
      }
    }
    return out;
  }

  /** The protocol this engine speaks: the first that is not CBOR (as the botocore reader does). */
  static String protocol(List<String> protocols) {
    for (String p : protocols) {
      if (!p.equals("smithy-rpc-v2-cbor")) {
        return p;
      }
    }
    return protocols.isEmpty() ? "json" : protocols.get(0);
  }

  static ServiceMetadata read(String serviceName, String serviceId, JsonNode service) {
    // A missing node when the model is not an AWS service: every lookup below falls back.
    JsonNode aws = service.path("traits").path(SmithyTraits.AWS_SERVICE);
    List<String> protocols = protocols(service);
    String protocol = protocol(protocols);
    String apiVersion = service.path("version").asText("");
    String sdkId = aws.path("sdkId").asText(SmithyAst.localName(serviceId));
    String endpointPrefix = aws.path("endpointPrefix").asText(aws.path("arnNamespace").asText(serviceName));
    JsonNode sigv4 = trait(service, SmithyTraits.SIGV4);
    String signingName = sigv4 == null ? endpointPrefix : sigv4.path("name").asText(endpointPrefix);
    boolean awsJson = has(service, SmithyTraits.AWS_JSON_1_0) || has(service, SmithyTraits.AWS_JSON_1_1);
    JsonNode xmlNs = trait(service, SmithyTraits.XML_NAMESPACE);
    // DynamoDB's model carries an xmlNamespace too; botocore keeps it only where XML is spoken.
    boolean xml = protocol.equals("query") || protocol.equals("ec2") || protocol.equals("rest-xml");
    List<String> auth = auth(service);
    String title = text(service, SmithyTraits.TITLE);
    return new ServiceMetadata(
        apiVersion,
        protocol,
        protocols,
        jsonVersion(service),
        awsJson ? Optional.of(SmithyAst.localName(serviceId)) : Optional.empty(),
        endpointPrefix,
        signingName,
        sdkId,
        title == null ? sdkId : title,
        xml && xmlNs != null ? Optional.ofNullable(xmlNs.path("uri").asText(null)) : Optional.empty(),
        Optional.empty(),
        has(service, SmithyTraits.AWS_QUERY_COMPATIBLE),
        signatureVersion(auth),
        auth,
        // botocore's uid is the documentation id; Smithy's docId defaults to the same spelling.
        Optional.of(aws.path("docId").asText(endpointPrefix + "-" + apiVersion)));
  }

  private static Optional<String> jsonVersion(JsonNode service) {
    if (has(service, SmithyTraits.AWS_JSON_1_0)) {
      return Optional.of("1.0");
    }
    if (has(service, SmithyTraits.AWS_JSON_1_1)) {
      return Optional.of("1.1");
    }
    return Optional.empty();
  }

  /**
   * The service's auth schemes, preferred first: the {@code @auth} trait when present, otherwise
   * every auth scheme trait on the service in shape-id order (Smithy's rule for the default).
   */
  static List<String> auth(JsonNode service) {
    JsonNode explicit = trait(service, SmithyTraits.AUTH);
    List<String> out = new ArrayList<>();
    if (explicit != null) {
      explicit.forEach(a -> out.add(a.asText()));
      return out;
    }
    TreeSet<String> schemes = new TreeSet<>();
    service.path("traits").fieldNames().forEachRemaining(t -> {
      if (t.equals(SmithyTraits.SIGV4) || t.equals(SmithyTraits.SIGV4A) || t.equals(SmithyTraits.HTTP_BEARER_AUTH)
          || t.equals("smithy.api#httpBasicAuth") || t.equals("smithy.api#httpDigestAuth")
          || t.equals("smithy.api#httpApiKeyAuth")) {
        schemes.add(t);
      }
    });
    out.addAll(schemes);
    return out;
  }

  private static String signatureVersion(List<String> auth) {
    if (auth.contains(SmithyTraits.SIGV4) || auth.isEmpty()) {
      return "v4";
    }
    if (auth.contains(SmithyTraits.SIGV4A)) {
      return "v4a";
    }
    return auth.contains(SmithyTraits.HTTP_BEARER_AUTH) ? "bearer" : "v4";
  }
}
