package dev.awsmcp.core.testing;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3Proxy in-process on a free loopback port, checking every SigV4 signature against one
 * identity and secret, objects kept in memory.
 */
public final class S3ProxyServer implements AutoCloseable {
  private final S3Proxy proxy;

  private S3ProxyServer(S3Proxy proxy) {
    this.proxy = proxy;
  }

  public static S3ProxyServer start(String identity, String secret) throws Exception {
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(new TransientNio2BlobStore())
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V4, identity, secret)
        // S3Proxy answers 501 to headers it does not implement, such as X-Amz-Security-Token;
        // the signature still covers them.
        .ignoreUnknownHeaders(true)
        .build();
    proxy.start();
    for (int i = 0; i < 100 && !proxy.getState().equals("STARTED"); i++) {
      Thread.sleep(50);
    }
    if (!proxy.getState().equals("STARTED")) {
      proxy.stop();
      throw new IllegalStateException("S3Proxy did not start within 5 s: " + proxy.getState());
    }
    return new S3ProxyServer(proxy);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}
