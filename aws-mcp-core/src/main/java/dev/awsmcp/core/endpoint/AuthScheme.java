package dev.awsmcp.core.endpoint;

import java.util.List;
import java.util.Objects;

/**
 * How to sign a request to a resolved endpoint, from the endpoint's {@code authSchemes} property
 * or, when it has none, from the model.
 *
 * @param name {@code sigv4}, {@code sigv4a}, {@code sigv4-s3express}, {@code none}, or for the
 *     two services whose model says so, {@code bearer} (CodeCatalyst) and {@code sigv2} (SimpleDB)
 * @param signingName the SigV4 service name
 * @param signingRegion the SigV4 region (sigv4)
 * @param signingRegionSet the regions of a sigv4a signature
 * @param disableDoubleEncoding whether the path is encoded once only when signing (S3)
 * @param disableNormalizePath whether the path is signed as is, without normalizing (S3)
 */
public record AuthScheme(
    String name,
    String signingName,
    String signingRegion,
    List<String> signingRegionSet,
    boolean disableDoubleEncoding,
    boolean disableNormalizePath) {

  public AuthScheme {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signingName, "signingName");
    Objects.requireNonNull(signingRegion, "signingRegion");
    signingRegionSet = List.copyOf(signingRegionSet);
  }

  public boolean isAnonymous() {
    return name.equals("none");
  }
}
