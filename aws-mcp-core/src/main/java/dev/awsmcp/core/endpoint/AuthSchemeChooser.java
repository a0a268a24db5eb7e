package dev.awsmcp.core.endpoint;

import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a call is signed, as botocore decides it: an operation whose model says it takes no
 * auth is sent unsigned; otherwise the first scheme of the endpoint's {@code authSchemes} that
 * this engine can sign with (its signing name, region or region set and S3 path flags), and
 * without that property the model's scheme ({@code sigv4}; {@code bearer} for CodeCatalyst,
 * {@code sigv2} for SimpleDB), signing name and the call's region.
 */
final class AuthSchemeChooser {
  private final Set<String> supported;

  /** @param supported the scheme names the signer implements, for example {@code sigv4} */
  AuthSchemeChooser(Set<String> supported) {
    this.supported = Set.copyOf(supported);
  }

  AuthScheme choose(ServiceModel service, Operation operation, Object authSchemes, String region) {
    String fallbackName = service.metadata().signingName();
    if (isUnsigned(service, operation)) {
      return new AuthScheme("none", fallbackName, region, List.of(), false, false);
    }
    if (authSchemes instanceof List && !((List<?>) authSchemes).isEmpty()) {
      return fromEndpoint((List<?>) authSchemes, fallbackName, region);
    }
    return new AuthScheme(modelScheme(service), fallbackName, region, List.of(), false, false);
  }

  private AuthScheme fromEndpoint(List<?> schemes, String fallbackName, String region) {
    List<String> offered = new ArrayList<>();
    for (Object item : schemes) {
      if (!(item instanceof Map)) {
        continue;
      }
      Map<?, ?> scheme = (Map<?, ?>) item;
      String name = String.valueOf(scheme.get("name"));
      offered.add(name);
      if (!supported.contains(name)) {
        continue;
      }
      List<String> regionSet = strings(scheme.get("signingRegionSet"));
      Object signingRegion = scheme.get("signingRegion");
      String chosenRegion = signingRegion instanceof String ? (String) signingRegion
          : !regionSet.isEmpty() ? String.join(",", regionSet) : region;
      Object signingName = scheme.get("signingName");
      return new AuthScheme(name,
          signingName instanceof String ? (String) signingName : fallbackName,
          chosenRegion,
          regionSet,
          Boolean.TRUE.equals(scheme.get("disableDoubleEncoding")),
          Boolean.TRUE.equals(scheme.get("disableNormalizePath")));
    }
    throw new EndpointException("the endpoint must be signed with " + String.join(" or ", offered)
        + ", which this engine cannot sign with (it signs with "
        + String.join(", ", supported.stream().sorted().toList()) + ")");
  }

  // botocore resolves the operation's auth list to its first scheme it can sign with (sigv4a
  // needs the CRT, which the AWS CLI v1 lacks); noAuth (or the older authtype "none") there means
  // unsigned, whatever the endpoint says.
  private static boolean isUnsigned(ServiceModel service, Operation operation) {
    List<String> auth = operation.authTypes();
    for (String scheme : auth) {
      if (scheme.equals("none") || scheme.equals("smithy.api#noAuth")) {
        return true;
      }
      if (!scheme.equals("aws.auth#sigv4a")) {
        return false;
      }
    }
    if (!auth.isEmpty()) {
      return false;
    }
    List<String> serviceAuth = service.metadata().auth();
    return !serviceAuth.isEmpty() && serviceAuth.get(0).equals("smithy.api#noAuth");
  }

  private static String modelScheme(ServiceModel service) {
    List<String> auth = service.metadata().auth();
    String first = auth.isEmpty() ? "" : auth.get(0);
    if (first.equals("smithy.api#httpBearerAuth") || service.metadata().signatureVersion().equals("bearer")) {
      return "bearer";
    }
    // SimpleDB still signs with SigV2, in the query; the signer decides whether it can.
    // Import/Export is modeled v2 too, but botocore signs it with SigV4 (its
    // _set_importexport_signature_version).
    if (service.metadata().signatureVersion().equals("v2") && !service.metadata().serviceId().equals("ImportExport")) {
      return "sigv2";
    }
    return "sigv4";
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List) {
      for (Object o : (List<?>) value) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }
}
