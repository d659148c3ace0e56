package com.tailorjob.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class S3EndpointConfigTest {

  private static final String SETTING = "TAILORJOB_S3_ENDPOINT";

  @Test
  void reads_an_http_endpoint_of_an_s3_compatible_store() {
    TailorJobConfig config = TailorJobConfig.from(s3With("http://minio:9000"));

    assertThat(config.storage().s3()).hasValueSatisfying(
        s3 -> assertThat(s3.endpoint()).contains("http://minio:9000"));
  }

  @Test
  void refuses_an_endpoint_without_a_scheme_and_names_the_setting() {
    assertThatThrownBy(() -> TailorJobConfig.from(s3With("127.0.0.1:9000")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(SETTING);
  }

  @Test
  void refuses_an_endpoint_without_a_host_and_names_the_setting() {
    assertThatThrownBy(() -> TailorJobConfig.from(s3With("localhost:9000")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(SETTING);
  }

  private static Map<String, String> s3With(String endpoint) {
    return Map.of("TAILORJOB_STORAGE", "s3", "TAILORJOB_S3_BUCKET", "cvs", SETTING, endpoint);
  }
}
