package dev.awsmcp.core.protocol.xml;

import static dev.awsmcp.core.protocol.xml.BotocoreCalls.operation;
import static dev.awsmcp.core.protocol.xml.BotocoreCalls.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Expected values are what botocore's handlers make of the same input (botocore 1.43). */
class BotocoreInputHandlersTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode apply(String svc, String op, String input) throws Exception {
    return BotocoreInputHandlers.apply(service(svc), operation(svc, op), (ObjectNode) JSON.readTree(input));
  }

  @Test
  void ec2UserDataIsBase64Encoded() throws Exception {
    assertEquals("IyEvYmluL2Jhc2gKZWNobyBoaQ==",
        apply("ec2", "RunInstances", "{\"UserData\":\"#!/bin/bash\\necho hi\"}").get("UserData").asText());
  }

  @Test
  void s3CopySourceKeysArePercentEncodedButNotTheirVersion() throws Exception {
    assertEquals("bkt/dir/a%20b%2Bc%20%C3%A9.txt?versionId=3/L4kq", apply("s3", "CopyObject",
        "{\"CopySource\":\"bkt/dir/a b+c é.txt?versionId=3/L4kq\"}").get("CopySource").asText());
    assertEquals("bkt/k~_-.%21%2A%27%28%29%26%24%40%3D%3B%3A%2C%3F", apply("s3", "UploadPartCopy",
        "{\"CopySource\":\"bkt/k~_-.!*'()&$@=;:,?\"}").get("CopySource").asText());
  }

  @Test
  void sseCustomerKeysTravelBase64EncodedWithTheirMd5() throws Exception {
    ObjectNode out = apply("s3", "CopyObject",
        "{\"SSECustomerKey\":\"0123456789abcdef0123456789abcdef\",\"CopySourceSSECustomerKey\":\"k\"}");
    assertEquals("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", out.get("SSECustomerKey").asText());
    assertEquals("hRasmdxgYDKV3nvbahU1MA==", out.get("SSECustomerKeyMD5").asText());
    assertEquals("aw==", out.get("CopySourceSSECustomerKey").asText());
    assertEquals("jOSxayK1iJSqhsQh6HWd8w==", out.get("CopySourceSSECustomerKeyMD5").asText());
    ObjectNode given = apply("s3", "GetObject", "{\"SSECustomerKey\":\"raw\",\"SSECustomerKeyMD5\":\"m\"}");
    assertEquals("raw", given.get("SSECustomerKey").asText());
  }

  @Test
  void route53IdsKeepTheirLastSegment() throws Exception {
    assertEquals("Z1", apply("route53", "GetHostedZone", "{\"Id\":\"/hostedzone/Z1\"}").get("Id").asText());
    assertEquals("C2", apply("route53", "GetChange", "{\"Id\":\"/change/C2\"}").get("Id").asText());
  }

  @Test
  void s3ListingsAskForUrlEncodedKeysUnlessTheCallerChose() throws Exception {
    assertEquals("url", apply("s3", "ListObjectsV2", "{\"Bucket\":\"b\"}").get("EncodingType").asText());
    assertEquals("none", apply("s3", "ListObjects", "{\"EncodingType\":\"none\"}").get("EncodingType").asText());
  }

  @Test
  void otherServicesKeepTheirInputAsIs() throws Exception {
    ObjectNode input = (ObjectNode) JSON.readTree("{\"UserName\":\"a/b\"}");
    assertSame(input, BotocoreInputHandlers.apply(service("iam"), operation("iam", "GetUser"), input));
  }
}
