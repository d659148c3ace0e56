package com.tailorjob.adapters.persistence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The S3 settings refuse what could never work and keep secrets out of their text. */
class S3StorageSettingsTest {

  @Test
  void defaults_to_aws_s3_with_flexible_checksums_and_a_16_mib_multipart_threshold() {
    S3StorageSettings settings = S3StorageSettings.forBucket("cvs", "eu-west-1");

    assertThat(settings.endpoint()).isEmpty();
    assertThat(settings.accessKey()).isEmpty();
    assertThat(settings.requestChecksumCalculation()).isEqualTo(S3ChecksumMode.WHEN_SUPPORTED);
    assertThat(settings.responseChecksumValidation()).isEqualTo(S3ChecksumMode.WHEN_SUPPORTED);
    assertThat(settings.multipartThresholdBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(settings.maxAttempts()).isEqualTo(3);
  }

  @Test
  void reads_a_checksum_mode_written_in_lower_case() {
    assertThat(S3ChecksumMode.parse("when_required")).isEqualTo(S3ChecksumMode.WHEN_REQUIRED);
  }

  @Test
  void rejects_an_unknown_checksum_mode_naming_the_accepted_ones() {
    assertThatThrownBy(() -> S3ChecksumMode.parse("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("when_supported or when_required");
  }

  @Test
  void never_shows_the_secret_access_key_in_its_text() {
    S3StorageSettings settings = S3StorageSettings.forBucket("cvs", "eu-west-1")
        .withAccessKey(new S3AccessKey("AKIDEXAMPLE", "wJalrXUtnFEMI-secret"));

    assertThat(settings.toString()).contains("AKIDEXAMPLE").doesNotContain("wJalrXUtnFEMI");
  }

  @Test
  void rejects_parts_smaller_than_the_s3_minimum_of_5_mib() {
    S3StorageSettings settings = S3StorageSettings.forBucket("cvs", "eu-west-1");

    assertThatThrownBy(() -> settings.withMultipart(1024, 1024 * 1024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 MiB");
  }

  @Test
  void rejects_an_endpoint_that_is_not_an_http_url() {
    S3StorageSettings settings = S3StorageSettings.forBucket("cvs", "eu-west-1");

    assertThatThrownBy(() -> settings.withEndpoint(URI.create("minio:9000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint");
  }
}
