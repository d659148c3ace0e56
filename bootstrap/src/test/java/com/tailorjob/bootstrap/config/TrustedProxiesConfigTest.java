package com.tailorjob.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustedProxiesConfigTest {

  private static final String SETTING = "TAILORJOB_HTTP_TRUSTED_PROXIES";

  @Test
  void trusts_no_proxy_unless_told_to() {
    TailorJobConfig config = TailorJobConfig.from(Map.of());

    assertThat(config.http().trustedProxies()).isZero();
  }

  @Test
  void reads_how_many_proxies_stand_in_front_of_the_api() {
    TailorJobConfig config = TailorJobConfig.from(Map.of(SETTING, "2"));

    assertThat(config.http().trustedProxies()).isEqualTo(2);
  }

  @Test
  void refuses_a_count_that_is_not_a_whole_number_and_names_the_setting() {
    assertThatThrownBy(() -> TailorJobConfig.from(Map.of(SETTING, "yes")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(SETTING);
  }

  @Test
  void refuses_a_negative_count_and_names_the_setting() {
    assertThatThrownBy(() -> TailorJobConfig.from(Map.of(SETTING, "-1")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(SETTING);
  }
}
