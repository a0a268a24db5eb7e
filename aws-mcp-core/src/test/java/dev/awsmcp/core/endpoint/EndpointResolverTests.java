package dev.awsmcp.core.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.ServiceModel;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cases AWS CLI users meet most, resolved over the machine's botocore models. */
class EndpointResolverTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EndpointResolver RESOLVER = new EndpointResolver();

  private static ResolvedEndpoint resolve(String service, String operation, String input, EndpointSettings settings) {
    ServiceModel model = PythonBotocore.engine().catalog().load(service).orElseThrow();
    try {
      ObjectNode params = (ObjectNode) JSON.readTree(input);
      return RESOLVER.resolve(model, model.operation(operation).orElseThrow(), params, settings);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static ResolvedEndpoint resolve(String service, String operation, EndpointSettings settings) {
    return resolve(service, operation, "{}", settings);
  }

  private static void assertSigned(ResolvedEndpoint endpoint, String name, String region) {
    assertEquals("sigv4", endpoint.authScheme().name());
    assertEquals(name, endpoint.authScheme().signingName());
    assertEquals(region, endpoint.authScheme().signingRegion());
  }

  @Test
  void iamIsGlobalAndSignedForUsEast1FromAnyCommercialRegion() {
    ResolvedEndpoint e = resolve("iam", "ListUsers", EndpointSettings.of("eu-west-2"));
    assertEquals(URI.create("https://iam.amazonaws.com"), e.url());
    assertSigned(e, "iam", "us-east-1");
  }

  @Test
  void iamInChinaAndGovCloudUsesThosePartitionsGlobalEndpoints() {
    ResolvedEndpoint china = resolve("iam", "ListUsers", EndpointSettings.of("cn-north-1"));
    assertEquals(URI.create("https://iam.cn-north-1.amazonaws.com.cn"), china.url());
    assertSigned(china, "iam", "cn-north-1");
    ResolvedEndpoint gov = resolve("iam", "ListUsers", EndpointSettings.of("us-gov-west-1"));
    assertEquals(URI.create("https://iam.us-gov.amazonaws.com"), gov.url());
  }

  @Test
  void stsIsRegionalByDefaultAndGlobalWithLegacyEndpoints() {
    ResolvedEndpoint regional = resolve("sts", "GetCallerIdentity", EndpointSettings.of("us-east-1"));
    assertEquals(URI.create("https://sts.us-east-1.amazonaws.com"), regional.url());
    ResolvedEndpoint legacy = resolve("sts", "GetCallerIdentity", EndpointSettings.of("eu-west-2").withStsGlobal(true));
    assertEquals(URI.create("https://sts.amazonaws.com"), legacy.url());
    assertSigned(legacy, "sts", "us-east-1");
  }

  @Test
  void stsLegacyEndpointsStayRegionalInRegionsLaunchedLater() {
    ResolvedEndpoint e = resolve("sts", "GetCallerIdentity", EndpointSettings.of("ap-east-1").withStsGlobal(true));
    assertEquals(URI.create("https://sts.ap-east-1.amazonaws.com"), e.url());
    assertSigned(e, "sts", "ap-east-1");
  }

  @Test
  void assumeRoleWithWebIdentityIsSentUnsignedEvenToTheGlobalEndpoint() {
    ResolvedEndpoint e = resolve("sts", "AssumeRoleWithWebIdentity", EndpointSettings.of("us-east-1").withStsGlobal(true));
    assertEquals(URI.create("https://sts.amazonaws.com"), e.url());
    assertTrue(e.authScheme().isAnonymous());
  }

  @Test
  void route53CloudFrontAndOrganizationsAreGlobalServicesSignedForUsEast1() {
    ResolvedEndpoint route53 = resolve("route53", "ListHostedZones", EndpointSettings.of("us-west-2"));
    assertEquals(URI.create("https://route53.amazonaws.com"), route53.url());
    assertSigned(route53, "route53", "us-east-1");
    ResolvedEndpoint cloudfront = resolve("cloudfront", "ListDistributions", EndpointSettings.of("us-west-2"));
    assertEquals(URI.create("https://cloudfront.amazonaws.com"), cloudfront.url());
    assertSigned(cloudfront, "cloudfront", "us-east-1");
    ResolvedEndpoint organizations = resolve("organizations", "ListAccounts", EndpointSettings.of("us-west-2"));
    assertEquals(URI.create("https://organizations.us-east-1.amazonaws.com"), organizations.url());
    assertSigned(organizations, "organizations", "us-east-1");
  }

  @Test
  void s3BucketIsAddressedVirtualHostedWithSingleEncoding() {
    ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\": \"my-bucket\", \"Key\": \"a/b\"}", EndpointSettings.of("us-west-2"));
    assertEquals(URI.create("https://my-bucket.s3.us-west-2.amazonaws.com"), e.url());
    assertSigned(e, "s3", "us-west-2");
    assertTrue(e.authScheme().disableDoubleEncoding());
  }

  @Test
  void s3BucketNamesThatAreNotHostLabelsGoPathStyle() {
    // Shorter than three characters, dotted, upper case: the rules' isVirtualHostableS3Bucket says no.
    for (String bucket : List.of("b", "my.dotted.bucket", "UpperCase")) {
      ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\": \"" + bucket + "\", \"Key\": \"k\"}", EndpointSettings.of("us-west-2"));
      assertEquals(URI.create("https://s3.us-west-2.amazonaws.com/" + bucket), e.url(), bucket);
    }
  }

  @Test
  void s3ForcedPathStylePutsTheBucketInThePath() {
    ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\": \"my-bucket\", \"Key\": \"k\"}",
        EndpointSettings.of("us-west-2").withS3AddressingStyle("path"));
    assertEquals(URI.create("https://s3.us-west-2.amazonaws.com/my-bucket"), e.url());
  }

  @Test
  void s3WithAnEndpointUrlOnLoopbackGoesPathStyle() {
    ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\": \"my-bucket\", \"Key\": \"k\"}",
        EndpointSettings.of("us-west-2").withEndpointUrl(URI.create("http://127.0.0.1:9000")));
    assertEquals(URI.create("http://127.0.0.1:9000/my-bucket"), e.url());
    assertSigned(e, "s3", "us-west-2");
  }

  @Test
  void s3InUsEast1UsesTheGlobalEndpointUnlessToldToBeRegional() {
    String input = "{\"Bucket\": \"my-bucket\", \"Key\": \"k\"}";
    assertEquals(URI.create("https://my-bucket.s3.amazonaws.com"),
        resolve("s3", "GetObject", input, EndpointSettings.of("us-east-1")).url());
    assertEquals(URI.create("https://my-bucket.s3.us-east-1.amazonaws.com"),
        resolve("s3", "GetObject", input, EndpointSettings.of("us-east-1").withS3UsEast1Global(false)).url());
  }

  @Test
  void getBucketLocationAlwaysGoesPathStyle() {
    ResolvedEndpoint e = resolve("s3", "GetBucketLocation", "{\"Bucket\": \"my-bucket\"}", EndpointSettings.of("us-west-2"));
    assertEquals(URI.create("https://s3.us-west-2.amazonaws.com/my-bucket"), e.url());
  }

  @Test
  void s3AccessPointArnGoesToTheAccessPointHostInTheArnsRegion() {
    ResolvedEndpoint e = resolve("s3", "GetObject",
        "{\"Bucket\": \"arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap\", \"Key\": \"k\"}", EndpointSettings.of("eu-west-2"));
    assertEquals(URI.create("https://my-ap-123456789012.s3-accesspoint.us-west-2.amazonaws.com"), e.url());
    assertSigned(e, "s3", "us-west-2");
  }

  @Test
  void fipsAndDualStackPickThoseEndpointVariants() {
    assertEquals(URI.create("https://ec2-fips.us-east-1.amazonaws.com"),
        resolve("ec2", "DescribeRegions", EndpointSettings.of("us-east-1").withFips(true)).url());
    assertEquals(URI.create("https://ec2.us-east-1.api.aws"),
        resolve("ec2", "DescribeRegions", EndpointSettings.of("us-east-1").withDualStack(true)).url());
    assertEquals(URI.create("https://s3-fips.dualstack.us-west-2.amazonaws.com/b"),
        resolve("s3", "GetObject", "{\"Bucket\": \"b\", \"Key\": \"k\"}", EndpointSettings.of("us-west-2").withFips(true).withDualStack(true)).url());
  }

  @Test
  void anEndpointUrlOverridesFipsAndDualStackAsTheCliDoes() {
    ResolvedEndpoint e = resolve("ec2", "DescribeRegions",
        EndpointSettings.of("us-east-1").withFips(true).withDualStack(true).withEndpointUrl(URI.create("http://127.0.0.1:4566")));
    assertEquals(URI.create("http://127.0.0.1:4566"), e.url());
    assertSigned(e, "ec2", "us-east-1");
  }

  @Test
  void chinaAndGovCloudRegionsUseTheirPartitionsDomains() {
    assertEquals(URI.create("https://ec2.cn-north-1.amazonaws.com.cn"),
        resolve("ec2", "DescribeRegions", EndpointSettings.of("cn-north-1")).url());
    assertEquals(URI.create("https://ec2.us-gov-west-1.amazonaws.com"),
        resolve("ec2", "DescribeRegions", EndpointSettings.of("us-gov-west-1")).url());
    assertEquals(URI.create("https://my-bucket.s3.cn-north-1.amazonaws.com.cn"),
        resolve("s3", "GetObject", "{\"Bucket\": \"my-bucket\", \"Key\": \"k\"}", EndpointSettings.of("cn-north-1")).url());
  }

  @Test
  void anErrorRuleBecomesAnEndpointExceptionWithTheRulesMessage() {
    EndpointException e = assertThrows(EndpointException.class, () -> resolve("s3", "GetObject",
        "{\"Bucket\": \"my-bucket\", \"Key\": \"k\"}", EndpointSettings.of("us-west-2").withFips(true).withS3Accelerate(true)));
    assertEquals("Accelerate cannot be used with FIPS", e.getMessage());
  }

  @Test
  void dynamoDbRoutesToTheAccountOfTheTablesInTheRequestItems() {
    ResolvedEndpoint e = resolve("dynamodb", "BatchGetItem",
        "{\"RequestItems\": {\"arn:aws:dynamodb:us-east-1:333333333333:table/t\": {\"Keys\": []}}}", EndpointSettings.of("us-east-1"));
    assertEquals(URI.create("https://333333333333.ddb.us-east-1.amazonaws.com"), e.url());
  }

  @Test
  void anEndpointThatOnlyOffersSigV4aIsRefusedClearly() {
    EndpointException e = assertThrows(EndpointException.class, () -> resolve("events", "PutEvents",
        "{\"Entries\": [], \"EndpointId\": \"abc123.456def\"}", EndpointSettings.of("us-east-1")));
    assertTrue(e.getMessage().contains("sigv4a"), e.getMessage());
  }

  @Test
  void aSignerThatSupportsSigV4aGetsTheRegionSet() {
    ServiceModel events = PythonBotocore.engine().catalog().load("events").orElseThrow();
    ObjectNode input = JSON.createObjectNode().put("EndpointId", "abc123.456def");
    input.putArray("Entries");
    ResolvedEndpoint e = new EndpointResolver(Set.of("sigv4", "sigv4a"))
        .resolve(events, events.operation("PutEvents").orElseThrow(), input, EndpointSettings.of("us-east-1"));
    assertEquals("sigv4a", e.authScheme().name());
    assertEquals(List.of("*"), e.authScheme().signingRegionSet());
    assertEquals(URI.create("https://abc123.456def.endpoint.events.amazonaws.com"), e.url());
  }

  @Test
  void aRuleSetThatUsesTheRegionWithoutProvingItSetStillResolves() {
    // sdb's rules call aws.partition(Region) without isSet(Region), which the Smithy type checker refuses.
    ResolvedEndpoint e = resolve("sdb", "ListDomains", EndpointSettings.of("eu-west-1"));
    assertEquals(URI.create("https://sdb.eu-west-1.amazonaws.com"), e.url());
    assertEquals("sigv2", e.authScheme().name());
  }

  @Test
  void eachServicesRuleSetIsParsedOnce() {
    RuleSetCache cache = new RuleSetCache();
    ServiceModel s3 = PythonBotocore.engine().catalog().load("s3").orElseThrow();
    assertSame(cache.get(s3), cache.get(s3));
    assertFalse(cache.get(s3).getParameters().toList().isEmpty());
  }
}
