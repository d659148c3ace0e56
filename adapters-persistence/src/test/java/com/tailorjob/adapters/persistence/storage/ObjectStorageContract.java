package com.tailorjob.adapters.persistence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.ObjectStorage.ObjectMetadata;
import com.tailorjob.application.port.out.StoredObjectNotFoundException;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.StorageKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link ObjectStorage} adapter must do; each adapter's test extends this. */
public abstract class ObjectStorageContract {

  protected abstract ObjectStorage storage();

  @Test
  void reads_back_exactly_the_bytes_it_stored() throws IOException {
    byte[] bytes = randomBytes(300_000);
    StorageKey key = new StorageKey("cv/user-1/cv-1.pdf");

    storage().put(key, ByteSource.ofBytes(bytes), metadataOf(bytes));

    try (InputStream in = storage().open(key)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void reports_a_stored_object_as_existing() {
    byte[] bytes = "stored".getBytes(StandardCharsets.UTF_8);
    StorageKey key = new StorageKey("cv/user-1/cv-2.pdf");

    storage().put(key, ByteSource.ofBytes(bytes), metadataOf(bytes));

    assertThat(storage().exists(key)).isTrue();
  }

  @Test
  void reports_a_missing_object_as_absent() {
    assertThat(storage().exists(new StorageKey("cv/user-1/never-stored.pdf"))).isFalse();
  }

  @Test
  void refuses_to_open_a_missing_object() {
    StorageKey key = new StorageKey("cv/user-1/never-stored.docx");

    assertThatThrownBy(() -> storage().open(key))
        .isInstanceOf(StoredObjectNotFoundException.class);
  }

  @Test
  void forgets_a_deleted_object() {
    byte[] bytes = "to delete".getBytes(StandardCharsets.UTF_8);
    StorageKey key = new StorageKey("cv/user-1/cv-3.pdf");
    storage().put(key, ByteSource.ofBytes(bytes), metadataOf(bytes));

    storage().delete(key);

    assertThat(storage().exists(key)).isFalse();
  }

  @Test
  void deleting_a_missing_object_is_not_an_error() {
    StorageKey key = new StorageKey("cv/user-1/not-there.pdf");

    storage().delete(key);

    assertThat(storage().exists(key)).isFalse();
  }

  @Test
  void replaces_the_object_stored_under_the_same_key() throws IOException {
    StorageKey key = new StorageKey("cv/user-1/cv-4.pdf");
    byte[] first = "first".getBytes(StandardCharsets.UTF_8);
    byte[] second = "second version".getBytes(StandardCharsets.UTF_8);
    storage().put(key, ByteSource.ofBytes(first), metadataOf(first));

    storage().put(key, ByteSource.ofBytes(second), metadataOf(second));

    try (InputStream in = storage().open(key)) {
      assertThat(in.readAllBytes()).isEqualTo(second);
    }
  }

  @Test
  void keeps_objects_of_different_owners_apart() throws IOException {
    byte[] mine = "mine".getBytes(StandardCharsets.UTF_8);
    byte[] theirs = "theirs".getBytes(StandardCharsets.UTF_8);
    storage().put(new StorageKey("cv/alice/cv-5.pdf"), ByteSource.ofBytes(mine), metadataOf(mine));
    storage().put(
        new StorageKey("cv/bob/cv-5.pdf"), ByteSource.ofBytes(theirs), metadataOf(theirs));

    try (InputStream in = storage().open(new StorageKey("cv/alice/cv-5.pdf"))) {
      assertThat(in.readAllBytes()).isEqualTo(mine);
    }
  }

  protected static ObjectMetadata metadataOf(byte[] bytes) {
    return new ObjectMetadata(bytes.length, sha256(bytes), "application/pdf");
  }

  protected static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    new Random(length).nextBytes(bytes);
    return bytes;
  }

  protected static ContentHash sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new ContentHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
