package dev.awsmcp.core.exec;

import dev.awsmcp.core.auth.SignedHttpRequest;
import dev.awsmcp.core.endpoint.AuthScheme;
import dev.awsmcp.core.protocol.WireRequest;
import java.net.URI;

/** Turns a laid-out request into the signed request for an endpoint, with the call's identity. */
interface ExchangeSigner {

  /**
   * @param request the request as the codec laid it out, endpoint headers and user agent added
   * @param endpoint the resolved endpoint URL; the host prefix and request path are applied to it
   * @param scheme how to sign
   * @throws SigningFailure when there are no usable credentials or the scheme cannot be honoured
   */
  SignedHttpRequest sign(WireRequest request, URI endpoint, AuthScheme scheme) throws SigningFailure;

  /** {@code --no-sign-request}: the same requests, never signed, no credentials looked up. */
  static ExchangeSigner anonymous(ExchangeSigner signer) {
    return (request, endpoint, scheme) -> signer.sign(request, endpoint,
        new AuthScheme("none", scheme.signingName(), scheme.signingRegion(), scheme.signingRegionSet(),
            scheme.disableDoubleEncoding(), scheme.disableNormalizePath()));
  }

  /** No usable credentials, or a request that cannot be signed as asked. */
  final class SigningFailure extends Exception {
    private static final long serialVersionUID = 1L;

    SigningFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
