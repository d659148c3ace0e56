package com.tailorjob.adapters.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the HTTP API listens, how large an upload it accepts and how many reverse proxies stand
 * in front of it.
 *
 * @param host the interface to bind, such as {@code 0.0.0.0} for all of them
 * @param port the TCP port; 0 picks a free one, which {@link HttpApi#start()} reports
 * @param maxUploadBytes the largest CV file accepted; keep it equal to the use case's limit
 * @param multipartTempDir where upload parts are spooled to disk while a request runs
 * @param trustedProxies how many reverse proxies, such as a load balancer, stand between clients
 *     and the API and each append to {@code X-Forwarded-For}; 0 ignores that header and takes
 *     the socket's peer as the client
 */
public record HttpSettings(
    String host, int port, long maxUploadBytes, Path multipartTempDir, int trustedProxies) {

  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
  public static final int MAX_TRUSTED_PROXIES = 10;

  public HttpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(multipartTempDir, "multipartTempDir");
    if (host.isBlank()) {
      throw new IllegalArgumentException("the HTTP host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the HTTP port must be between 0 and 65535");
    }
    if (maxUploadBytes < 1 || maxUploadBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the upload limit must be between 1 byte and 2 GiB");
    }
    if (trustedProxies < 0 || trustedProxies > MAX_TRUSTED_PROXIES) {
      throw new IllegalArgumentException(
          "the trusted proxies must number between 0 and " + MAX_TRUSTED_PROXIES);
    }
  }

  /**
   * Port 8080 on every interface, 10 MiB uploads spooled under the JVM's temp directory, clients
   * connecting directly.
   */
  public static HttpSettings defaults() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    return new HttpSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_UPLOAD_BYTES, tmp, 0);
  }

  public HttpSettings withHost(String newHost) {
    return new HttpSettings(newHost, port, maxUploadBytes, multipartTempDir, trustedProxies);
  }

  public HttpSettings withPort(int newPort) {
    return new HttpSettings(host, newPort, maxUploadBytes, multipartTempDir, trustedProxies);
  }

  public HttpSettings withMaxUploadBytes(long newMax) {
    return new HttpSettings(host, port, newMax, multipartTempDir, trustedProxies);
  }

  public HttpSettings withMultipartTempDir(Path newDir) {
    return new HttpSettings(host, port, maxUploadBytes, newDir, trustedProxies);
  }

  public HttpSettings withTrustedProxies(int count) {
    return new HttpSettings(host, port, maxUploadBytes, multipartTempDir, count);
  }
}
