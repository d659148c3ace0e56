package com.tailorjob.adapters.http.violation;

import com.tailorjob.adapters.persistence.storage.FilesystemObjectStorage;
import java.nio.file.Path;

/** Deliberate breach: one adapter using another adapter's class. */
public final class HttpRouteReachingIntoStorage {

  public Path root() {
    return new FilesystemObjectStorage(Path.of("x")).root();
  }
}
