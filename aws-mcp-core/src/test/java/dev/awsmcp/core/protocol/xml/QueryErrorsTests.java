package dev.awsmcp.core.protocol.xml;

import static dev.awsmcp.core.protocol.xml.BotocoreCalls.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.IdlModels;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryErrorsTests {
  private static final ServiceModel SERVICE = IdlModels.service("""
      $version: "2"
      namespace test.query

      use aws.protocols#awsQuery
      use aws.protocols#awsQueryError

      @awsQuery
      @xmlNamespace(uri: "https://example.com/")
      service Queue {
        version: "2012-11-05"
        operations: [Send]
      }

      operation Send {
        input := { Body: String }
        output := { Id: String }
        errors: [TooBig, Throttled]
      }

      @error("client")
      @awsQueryError(code: "AWS.SimpleQueueService.TooBig", httpResponseCode: 400)
      structure TooBig {
        Message: String
        Limit: Integer
      }

      @error("server")
      structure Throttled {
        Message: String
      }
      """, "test.query#Queue");
  private static final Operation SEND = SERVICE.operation("Send").orElseThrow();
  private static final AwsQueryCodec CODEC = new AwsQueryCodec();

  @Test
  void aCustomQueryErrorCodeMapsBackToItsShape() {
    ParsedError e = CODEC.parseError(SERVICE, SEND, response(400, """
        <ErrorResponse><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.TooBig</Code>
        <Message>too big</Message><Limit>262144</Limit></Error><RequestId>req-9</RequestId></ErrorResponse>"""));
    assertEquals("AWS.SimpleQueueService.TooBig", e.code());
    assertEquals("too big", e.message());
    assertEquals(Optional.of("TooBig"), e.shapeName());
    assertEquals(262144, e.fields().path("Limit").asInt());
    assertEquals(Optional.of("req-9"), e.requestId());
  }

  @Test
  void aShapeWithACustomCodeDoesNotAnswerToItsName() {
    ParsedError e = CODEC.parseError(SERVICE, SEND, response(400,
        "<ErrorResponse><Error><Code>TooBig</Code><Message>m</Message></Error></ErrorResponse>"));
    assertEquals("TooBig", e.code());
    assertEquals(Optional.empty(), e.shapeName());
  }

  @Test
  void anErrorWithoutCustomCodeIsFoundByName() {
    ParsedError e = CODEC.parseError(SERVICE, SEND, response(503,
        "<ErrorResponse><Error><Code>Throttled</Code><Message>slow down</Message></Error></ErrorResponse>"));
    assertEquals(Optional.of("Throttled"), e.shapeName());
    assertEquals("slow down", e.fields().path("Message").asText());
  }

  @Test
  void anUnmodeledCodeKeepsCodeAndMessage() {
    ParsedError e = CODEC.parseError(SERVICE, SEND, response(403,
        "<ErrorResponse><Error><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>"));
    assertEquals("AccessDenied", e.code());
    assertEquals("no", e.message());
    assertEquals(Optional.empty(), e.shapeName());
  }

  @Test
  void aBodyThatIsNotXmlIsNamedByTheStatus() {
    ParsedError e = CODEC.parseError(SERVICE, SEND, response(502, "<html><body>Bad gateway"));
    assertEquals("502", e.code());
    assertEquals("Bad Gateway", e.message());
  }

  @Test
  void documentTypeDeclarationsAndEntitiesAreRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<SendResponse><SendResult><Id>&x;</Id></SendResult></SendResponse>";
    assertThrows(ProtocolException.class, () -> CODEC.parseOutput(SERVICE, SEND, response(200, xxe)));
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
        + "<SendResponse><SendResult><Id>&b;</Id></SendResult></SendResponse>";
    assertThrows(ProtocolException.class, () -> CODEC.parseOutput(SERVICE, SEND, response(200, bomb)));
  }

  @Test
  void theResultWrapperIsUnwrappedAndMetadataLeftOut() {
    assertEquals("{\"Id\":\"m-1\"}", CODEC.parseOutput(SERVICE, SEND, response(200,
        "<SendResponse xmlns=\"https://example.com/\"><SendResult><Id>m-1</Id></SendResult>"
            + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></SendResponse>")).toString());
  }
}
