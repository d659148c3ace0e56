package com.tailorjob.adapters.logging;

import com.tailorjob.domain.cv.Filename;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How uploaded file names appear in log lines: as given, or as a short hash of the name. */
public enum FilenamePolicy {
  /** The cleaned name the owner gave, as in {@code filename=resume.pdf}. */
  AS_GIVEN {
    @Override
    String display(Filename filename) {
      return filename.value();
    }
  },

  /**
   * The first 12 hex digits of the SHA-256 of the name, as in {@code filename=sha256:3f2a…}, for
   * deployments where names may carry personal data; equal names still correlate.
   */
  HASHED {
    @Override
    String display(Filename filename) {
      byte[] digest = sha256().digest(filename.value().getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
    }
  };

  private static final String PREFIX = "sha256:";
  private static final int HASH_BYTES = 6;

  abstract String display(Filename filename);

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
