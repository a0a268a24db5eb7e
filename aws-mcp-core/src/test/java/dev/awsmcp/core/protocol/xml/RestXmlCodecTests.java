package dev.awsmcp.core.protocol.xml;

import static dev.awsmcp.core.protocol.xml.BotocoreCalls.operation;
import static dev.awsmcp.core.protocol.xml.BotocoreCalls.params;
import static dev.awsmcp.core.protocol.xml.BotocoreCalls.response;
import static dev.awsmcp.core.protocol.xml.BotocoreCalls.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** restXml over real botocore models; expected bodies are what botocore's serializer writes. */
class RestXmlCodecTests {
  private static final RestXmlCodec CODEC = new RestXmlCodec();

  private static WireRequest request(String svc, String op, String cli) {
    return CODEC.serialize(service(svc), operation(svc, op), params(cli));
  }

  private static String body(WireRequest r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void route53ChangeBatchIsWrappedInTheInputElementWithTheServiceNamespace() {
    WireRequest r = request("route53", "ChangeResourceRecordSets", "aws route53 change-resource-record-sets"
        + " --hosted-zone-id Z1 --change-batch '{\"Comment\":\"c\",\"Changes\":[{\"Action\":\"UPSERT\","
        + "\"ResourceRecordSet\":{\"Name\":\"a.example.com\",\"Type\":\"A\",\"TTL\":60,"
        + "\"ResourceRecords\":[{\"Value\":\"1.2.3.4\"}]}}]}'");
    assertEquals("POST /2013-04-01/hostedzone/Z1/rrset/", r.toString());
    assertEquals("<ChangeResourceRecordSetsRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
        + "<ChangeBatch><Comment>c</Comment><Changes><Change><Action>UPSERT</Action><ResourceRecordSet>"
        + "<Name>a.example.com</Name><Type>A</Type><TTL>60</TTL><ResourceRecords><ResourceRecord>"
        + "<Value>1.2.3.4</Value></ResourceRecord></ResourceRecords></ResourceRecordSet></Change></Changes>"
        + "</ChangeBatch></ChangeResourceRecordSetsRequest>", body(r));
    assertEquals(List.of("application/xml"), r.headers().get("Content-Type"));
  }

  @Test
  void cloudFrontInvalidationPayloadUsesListMemberNames() {
    WireRequest r = request("cloudfront", "CreateInvalidation", "aws cloudfront create-invalidation"
        + " --distribution-id D1 --invalidation-batch '{\"Paths\":{\"Quantity\":1,\"Items\":[\"/*\"]},"
        + "\"CallerReference\":\"ref\"}'");
    assertEquals("<InvalidationBatch xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><Paths>"
        + "<Quantity>1</Quantity><Items><Path>/*</Path></Items></Paths><CallerReference>ref</CallerReference>"
        + "</InvalidationBatch>", body(r));
  }

  @Test
  void s3AclGranteeCarriesItsTypeAsAPrefixedAttribute() {
    WireRequest r = request("s3", "PutBucketAcl", "aws s3api put-bucket-acl --bucket b --access-control-policy"
        + " '{\"Grants\":[{\"Grantee\":{\"Type\":\"CanonicalUser\",\"ID\":\"id1\"},\"Permission\":\"READ\"}],"
        + "\"Owner\":{\"ID\":\"o\"}}'");
    assertEquals("<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><AccessControlList>"
        + "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\">"
        + "<ID>id1</ID></Grantee><Permission>READ</Permission></Grant></AccessControlList><Owner><ID>o</ID>"
        + "</Owner></AccessControlPolicy>", body(r));
  }

  @Test
  void s3TaggingGoesToTheTaggingSubresource() {
    WireRequest r = request("s3", "PutBucketTagging", "aws s3api put-bucket-tagging --bucket b"
        + " --tagging TagSet=[{Key=k,Value=v}]");
    assertTrue(r.query().containsKey("tagging"), r.toString());
    assertEquals("<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet><Tag><Key>k</Key>"
        + "<Value>v</Value></Tag></TagSet></Tagging>", body(r));
  }

  @Test
  void s3PutObjectWithoutBodySendsNoXml() {
    WireRequest r = request("s3", "PutObject", "aws s3api put-object --bucket b --key 'a/b c.txt' --content-type text/plain");
    assertEquals("PUT", r.method());
    assertEquals(List.of("text/plain"), r.headers().get("Content-Type"));
    assertFalse(body(r).startsWith("<"), body(r));
  }

  @Test
  void bucketLocationIsTheRootElementsText() {
    ServiceModel s3 = service("s3");
    Operation op = operation("s3", "GetBucketLocation");
    ObjectNode eu = CODEC.parseOutput(s3, op, response(200,
        "<?xml version=\"1.0\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1</LocationConstraint>"));
    assertEquals("{\"LocationConstraint\":\"eu-west-1\"}", eu.toString());
    ObjectNode usEast = CODEC.parseOutput(s3, op, response(200,
        "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>"));
    assertEquals("{\"LocationConstraint\":null}", usEast.toString());
  }

  @Test
  void s3CopyAnswered200WithAnErrorIsAnError() {
    ServiceModel s3 = service("s3");
    Operation op = operation("s3", "CopyObject");
    WireResponse r = response(200, "<Error><Code>InternalError</Code><Message>We encountered an internal error."
        + "</Message><RequestId>656c76696e6727732072657175657374</RequestId></Error>");
    assertTrue(CODEC.isError(s3, op, r));
    assertThrows(ProtocolException.class, () -> CODEC.parseOutput(s3, op, r));
    ParsedError e = CODEC.parseError(s3, op, r);
    assertEquals("InternalError", e.code());
    assertEquals(Optional.of("656c76696e6727732072657175657374"), e.requestId());
    assertFalse(CODEC.isError(s3, op, response(200, "<CopyObjectResult><ETag>e</ETag></CopyObjectResult>")));
  }

  @Test
  void headersOfTheOutputAreReadAlongsideTheBody() {
    WireResponse r = response(200, "", Map.of("x-amz-version-id", List.of("v1"),
        "x-amz-meta-color", List.of("red"), "Content-Length", List.of("12"),
        "Last-Modified", List.of("Mon, 12 Oct 2009 17:50:00 GMT")));
    ObjectNode out = CODEC.parseOutput(service("s3"), operation("s3", "HeadObject"), r);
    assertEquals("v1", out.path("VersionId").asText());
    assertEquals("red", out.path("Metadata").path("color").asText());
    assertEquals(12, out.path("ContentLength").asInt());
    assertEquals("2009-10-12T17:50:00+00:00", out.path("LastModified").asText());
  }

  @Test
  void anS3ExpiresHeaderIsKeptVerbatimAndDroppedWhenItIsNoDate() {
    ObjectNode dated = CODEC.parseOutput(service("s3"), operation("s3", "HeadObject"), response(200, "",
        Map.of("Expires", List.of("Thu, 01 Dec 1994 16:00:00 GMT"))));
    assertEquals("1994-12-01T16:00:00+00:00", dated.path("Expires").asText());
    assertEquals("Thu, 01 Dec 1994 16:00:00 GMT", dated.path("ExpiresString").asText());
    ObjectNode notADate = CODEC.parseOutput(service("s3"), operation("s3", "GetObject"), response(200, "",
        Map.of("Expires", List.of("never"))));
    assertFalse(notADate.has("Expires"), notADate.toString());
    assertEquals("never", notADate.path("ExpiresString").asText());
  }

  @Test
  void modeledErrorFieldsAndRequestIdHeaderAreRead() {
    WireResponse r = response(404, "<Error><Code>NoSuchKey</Code><Message>gone</Message><Key>k</Key></Error>",
        Map.of("x-amz-request-id", List.of("hdr-id")));
    ParsedError e = CODEC.parseError(service("s3"), operation("s3", "GetObject"), r);
    assertEquals("NoSuchKey", e.code());
    assertEquals("gone", e.message());
    assertEquals(Optional.of("hdr-id"), e.requestId());
    assertEquals(Optional.of("NoSuchKey"), e.shapeName());
  }
}
