package com.tailorjob.adapters.persistence.storage;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.StorageUnavailableException;
import com.tailorjob.application.port.out.StoredObjectNotFoundException;
import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.StorageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Object storage in a local directory, for a single machine. A put writes a temporary file
 * beside its target, checks its length and SHA-256, and only then renames it into place, so a
 * failed or corrupted write never shows under the key.
 */
public final class FilesystemObjectStorage implements ObjectStorage {

  /** Where objects live when nothing else is configured. */
  public static final Path DEFAULT_ROOT = Path.of("data", "objects");

  /** Temporary names start with a dot, which no storage key segment can, so they never clash. */
  private static final String TEMP_PREFIX = ".put-";

  private final Path root;

  /**
   * @throws StorageUnavailableException when the root cannot be created or resolved
   */
  public FilesystemObjectStorage(Path root) {
    try {
      this.root = Files.createDirectories(root).toRealPath();
    } catch (IOException e) {
      throw new StorageUnavailableException("cannot use object storage directory " + root, e);
    }
  }

  public Path root() {
    return root;
  }

  @Override
  public void put(StorageKey key, ByteSource content, ObjectMetadata metadata) {
    Path target = pathOf(key.value());
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".tmp");

      Written written = write(content, temp);
      verify(key, written, metadata);

      Files.move(
          temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException e) {
      throw new StorageUnavailableException("could not store object " + key, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  @Override
  public InputStream open(StorageKey key) {
    Path path = pathOf(key.value());
    if (!Files.isRegularFile(path)) {
      throw new StoredObjectNotFoundException(key);
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new StoredObjectNotFoundException(key);
    } catch (IOException e) {
      throw new StorageUnavailableException("could not open object " + key, e);
    }
  }

  @Override
  public boolean exists(StorageKey key) {
    return Files.isRegularFile(pathOf(key.value()));
  }

  @Override
  public void delete(StorageKey key) {
    try {
      Files.deleteIfExists(pathOf(key.value()));
    } catch (IOException e) {
      throw new StorageUnavailableException("could not delete object " + key, e);
    }
  }

  /**
   * Resolves a relative key strictly inside the root. Storage keys cannot hold {@code ..} or a
   * leading slash, but this adapter does not rely on that alone.
   */
  Path pathOf(String relativeKey) {
    Path path = root.resolve(relativeKey).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("a storage key must name a file inside the root");
    }
    return path;
  }

  /** Copies the bytes to disk and forces them there before the rename makes them visible. */
  private static Written write(ByteSource content, Path temp) throws IOException {
    MessageDigest sha256 = sha256();
    try (InputStream in = content.openStream();
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
      long length = in.transferTo(out);
      out.flush();
      channel.force(true);
      return new Written(length, new ContentHash(HexFormat.of().formatHex(sha256.digest())));
    }
  }

  private static void verify(StorageKey key, Written written, ObjectMetadata expected) {
    if (written.length() != expected.sizeBytes()) {
      throw new StorageUnavailableException("object " + key + " was written with "
          + written.length() + " bytes instead of " + expected.sizeBytes());
    }
    if (!written.sha256().equals(expected.sha256())) {
      throw new StorageUnavailableException("object " + key + " was written with SHA-256 "
          + written.sha256().prefix() + "... instead of " + expected.sha256().prefix() + "...");
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // A stray temporary file is harmless: its dotted name can never be read as an object.
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  private record Written(long length, ContentHash sha256) {}
}
