package com.tailorjob.adapters.persistence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.ObjectStorage.ObjectMetadata;
import com.tailorjob.application.port.out.StorageUnavailableException;
import com.tailorjob.domain.cv.StorageKey;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilesystemObjectStorageTest extends ObjectStorageContract {

  private static final StorageKey KEY = new StorageKey("cv/alice/cv-1.pdf");

  @TempDir
  Path directory;

  private FilesystemObjectStorage storage;

  @BeforeEach
  void setUp() {
    storage = new FilesystemObjectStorage(directory.resolve("objects"));
  }

  @Override
  protected ObjectStorage storage() {
    return storage;
  }

  @Test
  void keeps_each_object_as_a_file_under_its_key() throws IOException {
    byte[] bytes = randomBytes(1_000);

    storage.put(KEY, ByteSource.ofBytes(bytes), metadataOf(bytes));

    assertThat(storage.root().resolve("cv/alice/cv-1.pdf")).hasBinaryContent(bytes);
  }

  @Test
  void leaves_nothing_behind_when_the_source_fails_half_way() throws IOException {
    byte[] bytes = randomBytes(200_000);

    assertThatThrownBy(() -> storage.put(KEY, failingAfter(bytes, 100_000), metadataOf(bytes)))
        .isInstanceOf(StorageUnavailableException.class);

    assertThat(storage.exists(KEY)).isFalse();
    assertThat(filesUnder(storage.root())).isEmpty();
  }

  @Test
  void keeps_the_previous_object_when_a_replacement_fails() throws IOException {
    byte[] original = randomBytes(5_000);
    byte[] replacement = randomBytes(8_000);
    storage.put(KEY, ByteSource.ofBytes(original), metadataOf(original));

    assertThatThrownBy(
        () -> storage.put(KEY, failingAfter(replacement, 4_000), metadataOf(replacement)))
        .isInstanceOf(StorageUnavailableException.class);

    try (InputStream in = storage.open(KEY)) {
      assertThat(in.readAllBytes()).isEqualTo(original);
    }
  }

  @Test
  void refuses_bytes_shorter_than_the_metadata_promised() throws IOException {
    byte[] bytes = randomBytes(1_000);
    ObjectMetadata promised = new ObjectMetadata(1_001, sha256(bytes), "application/pdf");

    assertThatThrownBy(() -> storage.put(KEY, ByteSource.ofBytes(bytes), promised))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("1000 bytes instead of 1001");

    assertThat(filesUnder(storage.root())).isEmpty();
  }

  @Test
  void refuses_bytes_whose_sha256_differs_from_the_metadata() throws IOException {
    byte[] bytes = randomBytes(1_000);
    byte[] other = randomBytes(1_001);
    ObjectMetadata promised = new ObjectMetadata(1_000, sha256(other), "application/pdf");

    assertThatThrownBy(() -> storage.put(KEY, ByteSource.ofBytes(bytes), promised))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("SHA-256");

    assertThat(filesUnder(storage.root())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside.pdf", "cv/../../outside.pdf", "/etc/passwd", ".", "cv/.."})
  void refuses_a_key_that_would_leave_the_root(String hostile) {
    assertThatThrownBy(() -> storage.pathOf(hostile))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resolves_a_key_with_dots_inside_the_root() {
    Path path = storage.pathOf("cv/./alice/../alice/cv-1.pdf");

    assertThat(path).isEqualTo(storage.root().resolve("cv/alice/cv-1.pdf"));
  }

  @Test
  void refuses_to_start_on_a_root_that_is_a_file() throws IOException {
    Path file = Files.writeString(directory.resolve("not-a-directory"), "x");

    assertThatThrownBy(() -> new FilesystemObjectStorage(file))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void does_not_report_a_directory_of_objects_as_an_object() {
    byte[] bytes = "stored".getBytes(StandardCharsets.UTF_8);
    storage.put(KEY, ByteSource.ofBytes(bytes), metadataOf(bytes));

    assertThat(storage.exists(new StorageKey("cv/alice"))).isFalse();
  }

  /** A source whose stream breaks after some bytes, like a client that disconnects. */
  private static ByteSource failingAfter(byte[] bytes, int goodBytes) {
    ByteSource whole = ByteSource.ofBytes(bytes);
    return new ByteSource() {
      @Override
      public InputStream openStream() throws IOException {
        return new FilterInputStream(whole.openStream()) {
          private int read;

          @Override
          public int read() throws IOException {
            failPastLimit(1);
            return super.read();
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            failPastLimit(length);
            int n = super.read(buffer, offset, Math.min(length, goodBytes - read));
            read += Math.max(n, 0);
            return n;
          }

          private void failPastLimit(int wanted) throws IOException {
            if (read >= goodBytes && wanted > 0) {
              throw new IOException("connection reset by peer");
            }
          }
        };
      }

      @Override
      public long size() {
        return bytes.length;
      }
    };
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).toList();
    }
  }
}
