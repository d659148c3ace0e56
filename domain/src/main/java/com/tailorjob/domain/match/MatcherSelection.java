package com.tailorjob.domain.match;

import com.tailorjob.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Which matcher a user gets. With v5.1 as the default everyone gets it; otherwise a stable
 * share of users, chosen by a hash of their id, gets v5.1 while it is rolled out. The same user
 * always lands in the same bucket, on every node.
 */
public record MatcherSelection(MatcherVersion defaultVersion, int aiRolloutPercent) {

  private static final int BUCKETS = 100;

  public MatcherSelection {
    Objects.requireNonNull(defaultVersion, "defaultVersion");
    if (aiRolloutPercent < 0 || aiRolloutPercent > 100) {
      throw new IllegalArgumentException("a rollout percentage is 0-100");
    }
  }

  public static MatcherSelection localOnly() {
    return new MatcherSelection(MatcherVersion.V3_0, 0);
  }

  public MatcherVersion choose(UserId user) {
    if (defaultVersion == MatcherVersion.V5_1) {
      return MatcherVersion.V5_1;
    }
    return bucketOf(user) < aiRolloutPercent ? MatcherVersion.V5_1 : MatcherVersion.V3_0;
  }

  static int bucketOf(UserId user) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(user.value().getBytes(StandardCharsets.UTF_8));
      int head = ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16)
          | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
      return Integer.remainderUnsigned(head, BUCKETS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
