package dev.awsmcp.core.protocol;

import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.json.AwsJsonCodec;
import dev.awsmcp.core.protocol.json.RestJsonCodec;
import dev.awsmcp.core.protocol.xml.AwsQueryCodec;
import dev.awsmcp.core.protocol.xml.Ec2QueryCodec;
import dev.awsmcp.core.protocol.xml.RestXmlCodec;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The protocol codecs this engine speaks, keyed by botocore's protocol id ({@code json},
 * {@code rest-json}, {@code rest-xml}, {@code query}, {@code ec2}). Codecs are stateless, so one
 * instance of each serves every call. Thread-safe.
 */
public final class ProtocolCodecs {
  private static final Map<String, ProtocolCodec> CODECS = Map.of(
      "json", new AwsJsonCodec(),
      "rest-json", new RestJsonCodec(),
      "rest-xml", new RestXmlCodec(),
      "query", new AwsQueryCodec(),
      "ec2", new Ec2QueryCodec());

  private ProtocolCodecs() {}

  /** The codec of a botocore protocol id, if this engine speaks it. */
  public static Optional<ProtocolCodec> forProtocol(String protocol) {
    return Optional.ofNullable(CODECS.get(protocol));
  }

  /** The codec of the protocol the service is spoken with; a {@link ProtocolException} if none. */
  public static ProtocolCodec forService(ServiceModel service) {
    String protocol = service.metadata().protocol();
    return forProtocol(protocol).orElseThrow(() -> new ProtocolException(
        "service " + service.name() + " speaks protocol '" + protocol + "', which this engine does not support"
            + " (supported: " + String.join(", ", new TreeSet<>(CODECS.keySet())) + ")"));
  }
}
