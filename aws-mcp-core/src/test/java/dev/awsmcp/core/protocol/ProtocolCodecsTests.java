package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.json.AwsJsonCodec;
import dev.awsmcp.core.protocol.json.RestJsonCodec;
import org.junit.jupiter.api.Test;

class ProtocolCodecsTests {

  private static ServiceModel service(String protocolTrait) {
    return IdlModels.service("""
        $version: "2"
        namespace test.registry
        use %s
        @%s
        service Registry { version: "1" }
        """.formatted(protocolTrait, protocolTrait.substring(protocolTrait.indexOf('#') + 1)), "test.registry#Registry");
  }

  @Test
  void picksTheCodecByTheServicesProtocol() {
    assertInstanceOf(AwsJsonCodec.class, ProtocolCodecs.forService(service("aws.protocols#awsJson1_1")));
    assertInstanceOf(RestJsonCodec.class, ProtocolCodecs.forService(service("aws.protocols#restJson1")));
  }

  @Test
  void anUnknownProtocolIsAClearError() {
    assertTrue(ProtocolCodecs.forProtocol("smithy-rpc-v2-cbor").isEmpty());
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> ProtocolCodecs.forService(service("smithy.protocols#rpcv2Cbor")));
    assertTrue(e.getMessage().contains("'smithy-rpc-v2-cbor'"), e.getMessage());
  }
}
