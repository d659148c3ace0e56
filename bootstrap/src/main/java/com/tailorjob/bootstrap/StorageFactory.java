package com.tailorjob.bootstrap;

import com.tailorjob.adapters.persistence.storage.FilesystemObjectStorage;
import com.tailorjob.adapters.persistence.storage.S3AccessKey;
import com.tailorjob.adapters.persistence.storage.S3ChecksumMode;
import com.tailorjob.adapters.persistence.storage.S3ObjectStorage;
import com.tailorjob.adapters.persistence.storage.S3StorageSettings;
import com.tailorjob.application.port.out.ObjectStorage;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import java.net.URI;

/** Picks the object storage adapter the configuration asks for. */
final class StorageFactory {

  private StorageFactory() {}

  static ObjectStorage create(TailorJobConfig.Storage storage) {
    return switch (storage.kind()) {
      case FILESYSTEM -> new FilesystemObjectStorage(storage.directory());
      case S3 -> s3(storage.s3().orElseThrow());
    };
  }

  private static ObjectStorage s3(TailorJobConfig.S3 s3) {
    S3StorageSettings settings = S3StorageSettings.forBucket(s3.bucket(), s3.region())
        .withPathStyleAccess(s3.pathStyle())
        .withChecksumMode(S3ChecksumMode.parse(s3.checksumMode().name()))
        .withMultipart(s3.multipartThresholdBytes(), S3StorageSettings.DEFAULT_PART_SIZE_BYTES);
    if (s3.endpoint().isPresent()) {
      settings = settings.withEndpoint(URI.create(s3.endpoint().get()));
    }
    if (s3.accessKeyId().isPresent() && s3.secretAccessKey().isPresent()) {
      settings = settings.withAccessKey(
          new S3AccessKey(s3.accessKeyId().get(), s3.secretAccessKey().get()));
    }
    S3ObjectStorage objectStorage = new S3ObjectStorage(settings);
    objectStorage.checkBucket();
    return objectStorage;
  }
}
