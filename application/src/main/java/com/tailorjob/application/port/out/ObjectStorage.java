package com.tailorjob.application.port.out;

import com.tailorjob.domain.cv.ContentHash;
import com.tailorjob.domain.cv.StorageKey;
import java.io.InputStream;

/**
 * Keeps file bytes under keys built from ids. Writes are all or nothing: after a failed
 * {@link #put} no object is visible under the key.
 */
public interface ObjectStorage {

  /**
   * Stores the bytes under the key, replacing any object there.
   *
   * @throws StorageUnavailableException when the store cannot be reached or refuses the write
   */
  void put(StorageKey key, ByteSource content, ObjectMetadata metadata);

  /**
   * Opens the object for reading; the caller closes the stream.
   *
   * @throws StoredObjectNotFoundException when nothing is stored under the key
   */
  InputStream open(StorageKey key);

  boolean exists(StorageKey key);

  /** Removes the object; removing a missing object is not an error. */
  void delete(StorageKey key);

  /** What is known about an object's bytes before they are written. */
  record ObjectMetadata(long sizeBytes, ContentHash sha256, String mediaType) {}
}
