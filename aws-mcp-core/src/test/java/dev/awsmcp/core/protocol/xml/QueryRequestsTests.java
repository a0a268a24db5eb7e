package dev.awsmcp.core.protocol.xml;

import static dev.awsmcp.core.protocol.xml.BotocoreCalls.operation;
import static dev.awsmcp.core.protocol.xml.BotocoreCalls.params;
import static dev.awsmcp.core.protocol.xml.BotocoreCalls.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryRequestsTests {
  private static final ProtocolCodec EC2 = new Ec2QueryCodec();
  private static final ProtocolCodec QUERY = new AwsQueryCodec();

  private static String body(ProtocolCodec codec, String svc, String op, String cli) {
    WireRequest r = codec.serialize(service(svc), operation(svc, op), params(cli));
    assertEquals("POST", r.method());
    assertEquals("/", r.encodedPath());
    assertEquals(List.of("application/x-www-form-urlencoded; charset=utf-8"), r.headers().get("content-type"));
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void ec2FiltersAreNumberedListsWithCapitalizedNames() {
    // Members follow model order (botocore follows the caller's order; AWS reads either).
    assertEquals("Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-1"
            + "&Filter.1.Name=instance-type&Filter.1.Value.1=t2.micro&Filter.1.Value.2=t3.micro&MaxResults=5",
        body(EC2, "ec2", "DescribeInstances", "aws ec2 describe-instances --instance-ids i-1 --max-results 5"
            + " --filters Name=instance-type,Values=t2.micro,t3.micro"));
  }

  @Test
  void ec2BooleansAreLowercaseAndTokensAreFilled() {
    String body = body(EC2, "ec2", "RunInstances", "aws ec2 run-instances --image-id ami-1 --count 1 --dry-run");
    assertTrue(body.contains("&DryRun=true"), body);
    assertTrue(body.matches(".*&ClientToken=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}(&.*|$)"), body);
  }

  @Test
  void queryListsUseMemberAndMapsUseEntries() {
    // The same body botocore's query serializer lays out.
    assertEquals("Action=CreateTopic&Version=2010-03-31&Name=t&Attributes.entry.1.key=a"
            + "&Attributes.entry.1.value=1&Attributes.entry.2.key=b&Attributes.entry.2.value=2"
            + "&Tags.member.1.Key=k&Tags.member.1.Value=v",
        body(QUERY, "sns", "CreateTopic", "aws sns create-topic --name t --attributes a=1,b=2 --tags Key=k,Value=v"));
  }
}
