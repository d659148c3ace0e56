package com.tailorjob.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShutdownGraceConfigTest {

  private static final String SETTING = "TAILORJOB_WORKER_SHUTDOWN_GRACE";

  @Test
  void waits_twenty_seconds_for_parses_in_progress_unless_told_otherwise() {
    TailorJobConfig config = TailorJobConfig.from(Map.of());

    assertThat(config.parsing().shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void reads_the_grace_a_stop_gives_parses_in_progress() {
    TailorJobConfig config = TailorJobConfig.from(Map.of(SETTING, "PT8S"));

    assertThat(config.parsing().shutdownGrace()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void refuses_a_grace_of_nothing_and_names_the_setting() {
    assertThatThrownBy(() -> TailorJobConfig.from(Map.of(SETTING, "PT0S")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(SETTING);
  }
}
