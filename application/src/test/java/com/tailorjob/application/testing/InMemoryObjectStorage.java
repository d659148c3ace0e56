package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.application.port.out.StorageUnavailableException;
import com.tailorjob.application.port.out.StoredObjectNotFoundException;
import com.tailorjob.domain.cv.StorageKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Object storage in a map, with switches to make the next put or delete fail. */
public final class InMemoryObjectStorage implements ObjectStorage {

  private final Map<StorageKey, byte[]> objects = new ConcurrentHashMap<>();
  private volatile boolean failNextPut;
  private volatile boolean failDeletes;
  private volatile boolean failOpens;

  public void failNextPut() {
    failNextPut = true;
  }

  public void failDeletes(boolean fail) {
    failDeletes = fail;
  }

  public void failOpens(boolean fail) {
    failOpens = fail;
  }

  @Override
  public void put(StorageKey key, ByteSource content, ObjectMetadata metadata) {
    if (failNextPut) {
      failNextPut = false;
      throw new StorageUnavailableException("injected storage failure");
    }
    try (InputStream in = content.openStream()) {
      objects.put(key, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InputStream open(StorageKey key) {
    if (failOpens) {
      throw new StorageUnavailableException("injected read failure");
    }
    byte[] bytes = objects.get(key);
    if (bytes == null) {
      throw new StoredObjectNotFoundException(key);
    }
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public boolean exists(StorageKey key) {
    return objects.containsKey(key);
  }

  @Override
  public void delete(StorageKey key) {
    if (failDeletes) {
      throw new StorageUnavailableException("injected delete failure");
    }
    objects.remove(key);
  }

  public Set<StorageKey> keys() {
    return Set.copyOf(objects.keySet());
  }
}
