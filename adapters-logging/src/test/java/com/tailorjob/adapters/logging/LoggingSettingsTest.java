package com.tailorjob.adapters.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoggingSettingsTest {

  @Test
  void defaults_write_json_under_logs_and_text_to_standard_output() {
    LoggingSettings defaults = LoggingSettings.defaults();

    assertThat(defaults.jsonFile()).isEqualTo(Path.of("logs", "tailorjob.json"));
    assertThat(defaults.textToStdout()).isTrue();
    assertThat(defaults.job()).isEqualTo("tailorjob-api");
    assertThat(defaults.filenamePolicy()).isEqualTo(FilenamePolicy.AS_GIVEN);
    assertThat(defaults.ringBufferSize()).isEqualTo(262_144);
  }

  @Test
  void a_label_that_would_be_a_log4j_lookup_is_refused_naming_the_setting() {
    assertThatThrownBy(() -> settings("${jndi:ldap://x}", "INFO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("logging env");
  }

  @Test
  void an_unknown_level_is_refused_naming_the_setting() {
    assertThatThrownBy(() -> settings("prod", "LOUD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("logging rootLevel");
  }

  @Test
  void a_lower_case_level_is_accepted() {
    assertThat(settings("prod", "warn").rootLevel()).isEqualTo("WARN");
  }

  private static LoggingSettings settings(String env, String level) {
    return new LoggingSettings(Path.of("logs/x.json"), true, Optional.empty(),
        LoggingSettings.API_JOB, env, true, level, 1024);
  }
}
