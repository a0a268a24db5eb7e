package dev.awsmcp.core.protocol.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.core.protocol.xml.XmlBodyComparison;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body comparers by media type ({@code bodyMediaType} of a test); a type without one is
 * compared byte for byte. Add a media type here to plug a protocol's comparer in.
 */
final class BodyComparers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, BodyComparer> BY_MEDIA_TYPE = Map.of(
      "application/json", BodyComparers::json,
      "application/x-www-form-urlencoded", BodyComparers::form,
      "application/xml", BodyComparers::xml,
      "text/xml", BodyComparers::xml);

  private BodyComparers() {}

  static BodyComparer forMediaType(Optional<String> mediaType) {
    return mediaType.map(BY_MEDIA_TYPE::get).orElse(BodyComparers::exact);
  }

  static Optional<String> exact(String expected, byte[] actual) {
    String a = new String(actual, StandardCharsets.UTF_8);
    return expected.equals(a) ? Optional.empty() : Optional.of("body: expected <" + expected + "> but was <" + a + ">");
  }

  private static Optional<String> json(String expected, byte[] actual) {
    if (expected.isEmpty()) {
      return exact(expected, actual);
    }
    try {
      JsonNode e = JSON.readTree(expected);
      JsonNode a = JSON.readTree(actual);
      if (a == null || a.isMissingNode()) {
        return Optional.of("body: expected " + expected + " but was empty");
      }
      return JsonEquivalence.difference(e, a).map(d -> "body " + d);
    } catch (IOException ex) {
      return Optional.of("body is not JSON: " + new String(actual, StandardCharsets.UTF_8));
    }
  }

  private static Optional<String> xml(String expected, byte[] actual) {
    return XmlBodyComparison.difference(expected, new String(actual, StandardCharsets.UTF_8)).map(d -> "xml body " + d);
  }

  // Form bodies (awsQuery, ec2Query) compare as sorted parameter lists: order carries no meaning.
  private static Optional<String> form(String expected, byte[] actual) {
    List<String> e = params(expected);
    List<String> a = params(new String(actual, StandardCharsets.UTF_8));
    return e.equals(a) ? Optional.empty() : Optional.of("form body: expected " + e + " but was " + a);
  }

  private static List<String> params(String form) {
    List<String> out = new ArrayList<>();
    for (String p : form.replace("\n", "").split("&")) {
      if (!p.isEmpty()) {
        int eq = p.indexOf('=');
        String k = eq < 0 ? p : p.substring(0, eq);
        String v = eq < 0 ? "" : p.substring(eq + 1);
        out.add(URLDecoder.decode(k, StandardCharsets.UTF_8) + "=" + URLDecoder.decode(v, StandardCharsets.UTF_8));
      }
    }
    Collections.sort(out);
    return out;
  }
}
