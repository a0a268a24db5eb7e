package dev.awsmcp.core.exec;

import dev.awsmcp.core.auth.CredentialsException;
import dev.awsmcp.core.auth.CredentialsResolver;
import dev.awsmcp.core.auth.RequestSigner;
import dev.awsmcp.core.auth.SignedHttpRequest;
import dev.awsmcp.core.auth.SigningException;
import dev.awsmcp.core.endpoint.AuthScheme;
import dev.awsmcp.core.protocol.WireRequest;
import java.net.URI;
import java.util.Optional;

/**
 * Signs with the identity of one command's profile ({@code --profile}, else the engine's), and
 * only looks for credentials when the endpoint wants a signature: anonymous operations work
 * without any.
 */
final class ProfileSigner implements ExchangeSigner {
  private final CredentialsResolver credentials;
  private final RequestSigner signer;
  private final Optional<String> profile;

  ProfileSigner(CredentialsResolver credentials, RequestSigner signer, Optional<String> profile) {
    this.credentials = credentials;
    this.signer = signer;
    this.profile = profile;
  }

  @Override
  public SignedHttpRequest sign(WireRequest request, URI endpoint, AuthScheme scheme) throws SigningFailure {
    try {
      if (scheme.isAnonymous()) {
        return signer.unsigned(request, endpoint);
      }
      return signer.sign(request, endpoint, scheme, credentials.resolve(profile));
    } catch (CredentialsException | SigningException e) {
      throw new SigningFailure(e.getMessage(), e);
    }
  }
}
