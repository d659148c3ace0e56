package com.tailorjob.domain.job;

import com.tailorjob.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A job a user wants to be matched against. {@code requirements} are the skills the posting
 * asks for, given by the user or extracted from the description.
 */
public record JobPosting(
    JobId id,
    UserId owner,
    String title,
    String company,
    String description,
    List<String> requirements,
    Instant createdAt,
    Instant updatedAt) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 50_000;

  public JobPosting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    requirements = List.copyOf(requirements);
    if (title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("a job title has 1-" + MAX_TITLE + " characters");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          "a job description has at most " + MAX_DESCRIPTION + " characters");
    }
    if (holdsNul(title) || holdsNul(company) || holdsNul(description)
        || requirements.stream().anyMatch(JobPosting::holdsNul)) {
      throw new IllegalArgumentException("a job's text may not hold the NUL character");
    }
  }

  /** SHA-256 over everything a matcher reads, so a changed posting never hits a stale cache. */
  public String contentHash() {
    String content = String.join("\u0000", title, company, description,
        String.join("\u0001", requirements));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  public boolean isOwnedBy(UserId user) {
    return owner.equals(user);
  }

  /** Databases refuse it, and the content hash uses it to keep the fields apart. */
  private static boolean holdsNul(String text) {
    return text.indexOf('\u0000') >= 0;
  }
}
