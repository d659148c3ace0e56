package com.tailorjob.adapters.persistence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.StorageRefusedException;
import com.tailorjob.application.port.out.StorageUnavailableException;
import com.tailorjob.domain.cv.StorageKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The S3 adapter against a real S3-compatible server, one fresh bucket per test. */
class S3ObjectStorageTest extends ObjectStorageContract {

  private static final int MIB = 1024 * 1024;
  private static final StorageKey KEY = new StorageKey("cv/user-1/cv-9.pdf");

  private static S3ProxyServer server;

  private String bucket;
  private S3ObjectStorage storage;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void openStorageOnAFreshBucket() {
    bucket = server.createBucket();
    storage = new S3ObjectStorage(server.settingsFor(bucket));
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  @Override
  protected ObjectStorage storage() {
    return storage;
  }

  @Test
  void stores_a_file_above_the_threshold_as_a_multipart_upload_that_reads_back_identically()
      throws IOException {
    byte[] bytes = randomBytes(11 * MIB + 123);
    S3StorageSettings settings = server.settingsFor(bucket).withMultipart(6L * MIB, 5L * MIB);

    try (S3ObjectStorage multipart = new S3ObjectStorage(settings)) {
      multipart.put(KEY, ByteSource.ofBytes(bytes), metadataOf(bytes));
    }

    assertThat(head(KEY).eTag()).as("a multipart ETag ends in its part count").endsWith("-3\"");
    try (InputStream in = storage.open(KEY)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void aborts_a_multipart_upload_that_fails_part_way() {
    byte[] bytes = randomBytes(11 * MIB);
    S3StorageSettings settings = server.settingsFor(bucket).withMultipart(6L * MIB, 5L * MIB);
    ByteSource breaksInPartTwo = failingAt(bytes, 7 * MIB);

    try (S3ObjectStorage multipart = new S3ObjectStorage(settings)) {
      assertThatThrownBy(() -> multipart.put(KEY, breaksInPartTwo, metadataOf(bytes)))
          .isInstanceOf(StorageUnavailableException.class);
    }

    assertThat(storage.exists(KEY)).isFalse();
    assertThat(server.admin().listMultipartUploads(request -> request.bucket(bucket)).uploads())
        .isEmpty();
  }

  @Test
  void keeps_the_content_sha256_and_media_type_with_the_object() {
    byte[] bytes = "%PDF-1.4 a small cv".getBytes(StandardCharsets.US_ASCII);

    storage.put(KEY, ByteSource.ofBytes(bytes), metadataOf(bytes));

    HeadObjectResponse head = head(KEY);
    assertThat(head.metadata()).containsEntry("sha256", sha256(bytes).hex());
    assertThat(head.contentType()).isEqualTo("application/pdf");
  }

  @Test
  void reports_a_missing_bucket_as_unavailable_naming_the_bucket_and_the_key() {
    byte[] bytes = "stored".getBytes(StandardCharsets.UTF_8);

    try (S3ObjectStorage missing =
        new S3ObjectStorage(server.settingsFor("tailorjob-no-such-bucket"))) {
      assertThatThrownBy(() -> missing.put(KEY, ByteSource.ofBytes(bytes), metadataOf(bytes)))
          .isInstanceOf(StorageRefusedException.class)
          .hasMessageContaining("bucket 'tailorjob-no-such-bucket'")
          .hasMessageContaining(KEY.value())
          .hasMessageContaining("the bucket does not exist");
    }
  }

  @Test
  void fails_the_start_up_check_of_a_missing_bucket() {
    try (S3ObjectStorage missing =
        new S3ObjectStorage(server.settingsFor("tailorjob-no-such-bucket"))) {
      assertThatThrownBy(missing::checkBucket)
          .isInstanceOf(StorageUnavailableException.class)
          .hasMessageContaining("bucket 'tailorjob-no-such-bucket'")
          .hasMessageContaining("the bucket does not exist");
    }
  }

  @Test
  void reports_wrong_credentials_as_unavailable_without_revealing_the_secret() {
    byte[] bytes = "stored".getBytes(StandardCharsets.UTF_8);
    String wrongSecret = "not-the-secret-" + server.secretAccessKey();
    S3StorageSettings settings = server.settingsFor(bucket)
        .withAccessKey(new S3AccessKey(S3ProxyServer.ACCESS_KEY_ID, wrongSecret));

    try (S3ObjectStorage intruder = new S3ObjectStorage(settings)) {
      assertThatThrownBy(() -> intruder.put(KEY, ByteSource.ofBytes(bytes), metadataOf(bytes)))
          .isInstanceOf(StorageRefusedException.class)
          .hasMessageContaining("access was denied")
          .hasMessageNotContaining(wrongSecret);
    }
  }

  @Test
  void reports_an_unreachable_store_as_unavailable() throws IOException {
    S3StorageSettings settings = server.settingsFor(bucket)
        .withEndpoint(URI.create("http://127.0.0.1:" + closedPort()))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    try (S3ObjectStorage unreachable = new S3ObjectStorage(settings)) {
      assertThatThrownBy(() -> unreachable.open(KEY))
          .isInstanceOf(StorageUnavailableException.class)
          .isNotInstanceOf(StorageRefusedException.class)
          .hasMessageContaining("could not be reached");
    }
  }

  @Test
  void gives_up_on_a_store_that_stops_answering_once_the_call_has_timed_out()
      throws IOException {
    try (SilentServer silent = new SilentServer()) {
      S3StorageSettings settings = server.settingsFor(bucket)
          .withEndpoint(URI.create("http://127.0.0.1:" + silent.port()))
          .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
          .withMaxAttempts(5);

      try (S3ObjectStorage stalled = new S3ObjectStorage(settings)) {
        assertThatThrownBy(() -> stalled.open(KEY))
            .isInstanceOf(StorageUnavailableException.class)
            .hasMessageContaining("the request timed out");
      }
    }
  }

  @Test
  void s3proxy_refuses_uploads_with_the_sdk_default_flexible_checksums() {
    byte[] bytes = "stored".getBytes(StandardCharsets.UTF_8);
    S3StorageSettings settings =
        server.settingsFor(bucket).withChecksumMode(S3ChecksumMode.WHEN_SUPPORTED);

    try (S3ObjectStorage flexible = new S3ObjectStorage(settings)) {
      assertThatThrownBy(() -> flexible.put(KEY, ByteSource.ofBytes(bytes), metadataOf(bytes)))
          .isInstanceOf(StorageRefusedException.class)
          .hasMessageContaining("XAmzContentSHA256Mismatch");
    }
  }

  private HeadObjectResponse head(StorageKey key) {
    return server.admin().headObject(request -> request.bucket(bucket).key(key.value()));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Accepts connections and never answers, like a store that hangs. */
  private static final class SilentServer implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0);
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor = new Thread(this::acceptForever, "silent-s3");

    SilentServer() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void acceptForever() {
      try {
        while (!socket.isClosed()) {
          accepted.add(socket.accept());
        }
      } catch (IOException closed) {
        // The test is over.
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket connection : accepted) {
        connection.close();
      }
    }
  }

  /** Bytes whose reading breaks once position {@code failAt} is reached, like a lost disk. */
  private static ByteSource failingAt(byte[] bytes, int failAt) {
    return new ByteSource() {
      @Override
      public InputStream openStream() {
        return new FailingStream(bytes, failAt);
      }

      @Override
      public long size() {
        return bytes.length;
      }
    };
  }

  private static final class FailingStream extends InputStream {

    private final byte[] bytes;
    private final int failAt;
    private int position;

    FailingStream(byte[] bytes, int failAt) {
      this.bytes = bytes;
      this.failAt = failAt;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (position >= failAt) {
        throw new IOException("injected read failure");
      }
      int count = Math.min(len, failAt - position);
      System.arraycopy(bytes, position, buffer, off, count);
      position += count;
      return count;
    }
  }
}
