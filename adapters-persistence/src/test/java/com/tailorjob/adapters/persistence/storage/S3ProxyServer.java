package com.tailorjob.adapters.persistence.storage;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: S3Proxy over jclouds' in-memory {@code transient}
 * store, on a free loopback port, checking AWS signatures against its own key pair.
 */
final class S3ProxyServer implements AutoCloseable {

  static final String REGION = "us-east-1";
  static final String ACCESS_KEY_ID = "tailorjob-test";

  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private final String secretAccessKey = "secret-" + UUID.randomUUID();
  private final BlobStoreContext blobStore;
  private final S3Proxy proxy;
  private final S3Client admin;

  private S3ProxyServer() throws Exception {
    blobStore = ContextBuilder.newBuilder("transient")
        .credentials("identity", "credential")
        .build(BlobStoreContext.class);
    proxy = S3Proxy.builder()
        .blobStore(blobStore.getBlobStore())
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY_ID, secretAccessKey)
        .build();
    proxy.start();
    while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
      Thread.sleep(10);
    }
    admin = S3Clients.build(settingsFor("admin"));
  }

  static S3ProxyServer start() throws Exception {
    return new S3ProxyServer();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  String secretAccessKey() {
    return secretAccessKey;
  }

  /**
   * Settings that reach this server: path-style, its key pair, one attempt, and checksums only
   * where required, because S3Proxy 2.6 refuses the SDK's default flexible checksums.
   */
  S3StorageSettings settingsFor(String bucket) {
    return S3StorageSettings.forBucket(bucket, REGION)
        .withEndpoint(endpoint())
        .withPathStyleAccess(true)
        .withAccessKey(new S3AccessKey(ACCESS_KEY_ID, secretAccessKey))
        .withChecksumMode(S3ChecksumMode.WHEN_REQUIRED)
        .withMaxAttempts(1);
  }

  /** A client with full rights, for arranging buckets and looking into them. */
  S3Client admin() {
    return admin;
  }

  String createBucket() {
    String bucket = "tailorjob-test-" + BUCKETS.incrementAndGet();
    admin.createBucket(request -> request.bucket(bucket));
    return bucket;
  }

  @Override
  public void close() throws Exception {
    admin.close();
    proxy.stop();
    blobStore.close();
  }
}
