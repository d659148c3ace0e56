package com.tailorjob.domain.job;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPostingTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void refuses_a_title_holding_a_nul_character() {
    assertThatThrownBy(() -> posting("Engi\u0000neer", List.of("java")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  void refuses_a_requirement_holding_a_nul_character() {
    assertThatThrownBy(() -> posting("Engineer", List.of("ja\u0000va")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
  }

  private static JobPosting posting(String title, List<String> requirements) {
    return new JobPosting(new JobId("job-1"), new UserId("abc123"), title, "Acme",
        "Build services.", requirements, NOW, NOW);
  }
}
