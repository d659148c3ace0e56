package com.tailorjob.domain.cv;

import com.tailorjob.domain.user.UserId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a file lives in object storage. Keys are built from ids only, so a hostile filename can
 * never choose or escape its location.
 */
public record StorageKey(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(\\.[a-z0-9]{1,8})?");

  public StorageKey {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a storage key is '/'-separated id segments");
    }
  }

  public static StorageKey forCv(UserId owner, CvId cv, CvFormat format) {
    return new StorageKey("cv/" + owner.value() + "/" + cv.value() + "." + format.extension());
  }

  @Override
  public String toString() {
    return value;
  }
}
