package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.core.model.MemberTraits.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Smithy-to-internal mapping, trait by trait, on hand-written models. */
class SmithyModelReaderTests {
  private static ServiceModel weather;

  @BeforeAll
  static void load(@TempDir Path tmp) {
    SmithyModelSource source = SmithyTestModels.source(tmp, "weather.json", SmithyTestModels.WEATHER);
    assertEquals(Set.of("weather-forecast"), source.serviceNames(), "sdkId lowercased, spaces hyphenated");
    weather = source.load("weather-forecast");
  }

  @Test
  void metadata() {
    ServiceMetadata m = weather.metadata();
    assertEquals("rest-json", m.protocol());
    assertEquals(List.of("rest-json"), m.protocols());
    assertEquals(Optional.empty(), m.jsonVersion());
    assertEquals(Optional.empty(), m.targetPrefix(), "targetPrefix is for awsJson only");
    assertEquals("weather", m.endpointPrefix());
    assertEquals("weather-signing", m.signingName());
    assertEquals("Weather Forecast", m.serviceId());
    assertEquals("Example Weather Service", m.serviceFullName());
    assertEquals("2024-01-01", m.apiVersion());
    assertEquals(Optional.of("weather-2024-01-01"), m.uid());
    assertEquals("v4", m.signatureVersion());
    assertEquals(Optional.of("Forecasts."), weather.documentation().service());
    assertEquals("boolean", weather.clientContextParams().get("Accelerate").path("type").asText());
    assertTrue(weather.endpointRuleSet().isPresent());
  }

  @Test
  void operationsBoundThroughResourcesAreFound() {
    assertEquals(Set.of("GetCity", "ListCities", "Ping", "PutForecast", "Subscribe"), weather.operations().keySet());
  }

  @Test
  void httpBindingsOfAnOperation() {
    Operation op = weather.operation("GetCity").orElseThrow();
    assertEquals("GET", op.httpMethod());
    assertEquals("/cities/{cityId}", op.requestUri());
    assertEquals(Optional.of(200), op.responseCode());
    assertEquals(Optional.of(true), op.readOnly());
    assertEquals(List.of("NoSuchCity"), op.errors());
    Shape in = weather.shape(op.inputShape().orElseThrow());
    assertEquals("GetCityInput", in.name(), "shapes keep their Smithy local names");
    assertBinding(in, "cityId", Location.URI, "cityId");
    assertBinding(in, "lang", Location.QUERY, "language");
    assertBinding(in, "token", Location.HEADER, "X-Token");
    assertBinding(in, "meta", Location.HEADERS, "X-Meta-");
    assertEquals(Location.QUERY, in.member("filters").orElseThrow().traits().location());
    assertEquals(Set.of("cityId"), in.required());
    Shape out = weather.shape(op.outputShape().orElseThrow());
    assertBinding(out, "name", Location.BODY, "cityName");
    assertEquals(Location.STATUS_CODE, out.member("status").orElseThrow().traits().location());
  }

  @Test
  void unitMeansNoInputOrOutputAndEmptyAuthMeansNoAuth() {
    Operation ping = weather.operation("Ping").orElseThrow();
    assertEquals(Optional.empty(), ping.inputShape());
    assertEquals(Optional.empty(), ping.outputShape());
    assertEquals(List.of("smithy.api#noAuth"), ping.authTypes());
  }

  @Test
  void operationTraits() {
    Operation op = weather.operation("PutForecast").orElseThrow();
    assertEquals(Optional.of("{cityId}.data."), op.hostPrefix());
    assertEquals(Optional.of(204), op.responseCode());
    assertTrue(op.httpChecksumRequired());
    assertTrue(op.httpChecksum().path("requestChecksumRequired").asBoolean());
    assertTrue(op.staticContextParams().get("UseData").asBoolean());
    assertTrue(op.deprecated());
    assertEquals(Optional.empty(), op.readOnly(), "no @readonly: unknown, not mutating");
    Shape in = weather.shape(op.inputShape().orElseThrow());
    MemberTraits city = in.member("cityId").orElseThrow().traits();
    assertTrue(city.hostLabel());
    assertEquals(Optional.of("City"), city.contextParam());
    assertTrue(in.member("clientToken").orElseThrow().traits().idempotencyToken());
    assertEquals(Optional.of("body"), in.payload());
    Member body = in.member("body").orElseThrow();
    assertTrue(body.target().isStreaming());
    assertTrue(body.target().requiresLength());
    assertTrue(body.traits().streaming());
  }

  @Test
  void scalarsEnumsAndConstraints() {
    Shape out = weather.shape("GetCityOutput");
    assertEquals(ShapeType.STRING, target(out, "name").type());
    assertEquals("smithy.api#String", out.member("name").orElseThrow().targetName(),
        "the prelude String keeps its absolute id: the service defines its own String");
    assertEquals("String", out.member("label").orElseThrow().targetName());
    assertEquals(ShapeType.TIMESTAMP, target(out, "created").type());
    assertEquals(Optional.of("epoch-seconds"), out.member("created").orElseThrow().traits().timestampFormat());
    assertEquals(List.of("big", "SMALL"), target(out, "kind").enumValues());
    assertEquals(ShapeType.INTEGER, target(out, "level").type());
    assertEquals(List.of("1", "9"), target(out, "level").enumValues());
    assertTrue(target(out, "details").isDocument());
    assertTrue(out.member("policy").orElseThrow().traits().jsonValue());
    Shape city = weather.shape("CityId");
    assertEquals(Optional.of(1.0), city.min());
    assertEquals(Optional.of(64.0), city.max());
    assertEquals(Optional.of("^[A-Za-z0-9 ]+$"), city.pattern());
    assertTrue(weather.shape("Token").isSensitive());
  }

  @Test
  void memberConstraintsGetTheirOwnShape() {
    Member pageSize = weather.shape("ListCitiesInput").member("pageSize").orElseThrow();
    assertEquals("ListCitiesInput$pageSize", pageSize.targetName());
    assertEquals(ShapeType.INTEGER, pageSize.target().type());
    assertEquals(Optional.of(1.0), pageSize.target().min());
    assertEquals(Optional.of(50.0), pageSize.target().max());
    assertEquals(Optional.empty(), weather.shape("Integer").max(), "the prelude Integer is untouched");
  }

  @Test
  void mixinsUnionsAndClashingNames() {
    Shape coords = weather.shape("Coords");
    assertEquals(List.of("lat", "lon"), List.copyOf(coords.members().keySet()), "mixin members first");
    assertEquals(Set.of("lat"), coords.required(), "the mixin's member traits are kept");
    assertEquals(Optional.of("North."), weather.documentation().member("Coords", "lat"));
    assertEquals(Optional.of("A place."), weather.documentation().shape("Coords"));
    assertFalse(weather.shapes().contains("HasLatitude"), "mixins are not shapes of the table");
    Shape location = weather.shape("Location");
    assertTrue(location.isUnion());
    assertEquals(ShapeType.STRUCTURE, target(location, "nowhere").type());
    assertEquals("Tag", weather.shape("TagList").listMember().targetName());
    assertEquals("other.ns#Tag", weather.shape("GetCityOutput").member("otherTag").orElseThrow().targetName());
  }

  @Test
  void eventStreamsAndErrors() {
    Shape events = weather.shape("Events");
    assertTrue(events.isEventStream());
    assertFalse(events.isStreaming());
    assertTrue(weather.shape("UpdateEvent").isEvent());
    assertTrue(weather.shape("UpdateEvent").member("data").orElseThrow().traits().eventPayload());
    Shape error = weather.shape("NoSuchCity");
    assertTrue(error.isException());
    assertTrue(error.errorSenderFault());
    assertEquals(Optional.of(404), error.errorHttpStatus());
    assertFalse(error.awsQueryError());
  }

  @Test
  void paginatorMergesServiceDefaults() {
    Paginator p = weather.paginator("ListCities").orElseThrow();
    assertEquals(List.of("nextToken"), p.inputTokens());
    assertEquals(List.of("nextToken"), p.outputTokens());
    assertEquals(Optional.of("pageSize"), p.limitKey());
    assertEquals(List.of("cities"), p.resultKeys());
    assertEquals(Set.of("ListCities"), weather.paginators().keySet(), "service defaults alone paginate nothing");
  }

  @Test
  void waitersInBotocoreForm() {
    JsonNode w = weather.waiters().orElseThrow().path("waiters").path("CityReady");
    assertEquals("GetCity", w.path("operation").asText());
    assertEquals(5, w.path("delay").asInt());
    assertEquals(120, w.path("maxAttempts").asInt());
    assertEquals(60, w.path("maxDelay").asInt());
    assertEquals("Waits for the city.", w.path("description").asText());
    JsonNode a = w.path("acceptors");
    assertEquals("{\"state\":\"success\",\"matcher\":\"path\",\"argument\":\"kind\",\"expected\":\"BIG\"}", a.get(0).toString());
    assertEquals("pathAll", a.get(1).path("matcher").asText());
    assertEquals("{\"state\":\"retry\",\"matcher\":\"error\",\"expected\":\"NoSuchCity\"}", a.get(2).toString());
    assertEquals("{\"state\":\"failure\",\"matcher\":\"error\",\"expected\":true}", a.get(3).toString());
    assertEquals("inputOutput", a.get(4).path("matcher").asText());
    assertTrue(a.get(4).path("expected").isBoolean());
  }

  @Test
  void restXmlNamesNamespacesAndRootElements(@TempDir Path tmp) {
    ServiceModel m = SmithyTestModels.source(tmp, "store.json", SmithyTestModels.store("aws.protocols#restXml")).load("store");
    assertEquals("rest-xml", m.metadata().protocol());
    assertEquals(Optional.of("https://store.example.com/doc/2020-02-02/"), m.metadata().xmlNamespace());
    Operation put = m.operation("PutItem").orElseThrow();
    assertEquals(Optional.of("PutItemRequest"), put.inputXmlName());
    assertEquals(Optional.of("https://store.example.com/doc/2020-02-02/"), put.inputXmlNamespace());
    Shape in = m.shape("PutItemRequest");
    assertBinding(in, "name", Location.BODY, "ItemName");
    assertTrue(in.member("color").orElseThrow().traits().xmlAttribute());
    assertTrue(in.member("tags").orElseThrow().traits().flattened());
    assertEquals(Optional.of("Tag"), m.shape("TagList").listMember().traits().locationName());
    Operation setPolicy = m.operation("SetPolicy").orElseThrow();
    assertEquals(Optional.empty(), setPolicy.inputXmlName(), "a payload member is its own root");
    MemberTraits policy = m.shape("SetPolicyRequest").member("policy").orElseThrow().traits();
    assertEquals(Optional.of("Policy"), policy.locationName());
    assertEquals(Optional.of("https://store.example.com/doc/2020-02-02/"), policy.xmlNamespace());
  }

  @Test
  void queryProtocolsIgnoreHttpBindingsAndWrapResults(@TempDir Path tmp) {
    ServiceModel query = SmithyTestModels.source(tmp, "q.json", SmithyTestModels.store("aws.protocols#awsQuery")).load("store");
    assertEquals("query", query.metadata().protocol());
    Operation put = query.operation("PutItem").orElseThrow();
    assertEquals("POST", put.httpMethod());
    assertEquals("/", put.requestUri());
    assertEquals(Optional.of("PutItemResult"), put.resultWrapper());
    assertEquals(Location.BODY, query.shape("PutItemRequest").member("id").orElseThrow().traits().location());
    assertEquals(Optional.of("ItemName"), query.shape("PutItemRequest").member("name").orElseThrow().traits().locationName());

    ServiceModel ec2 = SmithyTestModels.source(tmp, "e.json", SmithyTestModels.store("aws.protocols#ec2Query")).load("store");
    assertEquals("ec2", ec2.metadata().protocol());
    assertEquals(Optional.empty(), ec2.operation("PutItem").orElseThrow().resultWrapper());
    assertEquals(Optional.of("Name"), ec2.shape("PutItemRequest").member("name").orElseThrow().traits().queryName());
  }

  private static Shape target(Shape s, String member) {
    return s.member(member).orElseThrow().target();
  }

  private static void assertBinding(Shape s, String member, Location location, String name) {
    MemberTraits t = s.member(member).orElseThrow().traits();
    assertEquals(location, t.location(), member);
    assertEquals(Optional.of(name), t.locationName(), member);
  }
}
