package com.tailorjob.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailTest {

  @Test
  void keeps_an_address_in_lower_case() {
    assertThat(new Email(" Ada@Example.com ").value()).isEqualTo("ada@example.com");
  }

  @Test
  void refuses_an_address_holding_a_control_character() {
    assertThatThrownBy(() -> new Email("ada\u0000@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
