package com.tailorjob.domain.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tailorjob.domain.user.UserId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MatcherSelectionTest {

  private static final List<UserId> USERS =
      IntStream.range(0, 10_000).mapToObj(i -> new UserId("user-" + i)).toList();

  @Test
  void gives_everyone_v5_1_when_it_is_the_default() {
    MatcherSelection selection = new MatcherSelection(MatcherVersion.V5_1, 0);

    assertThat(USERS).allMatch(user -> selection.choose(user) == MatcherVersion.V5_1);
  }

  @Test
  void gives_nobody_v5_1_at_a_rollout_of_zero() {
    MatcherSelection selection = new MatcherSelection(MatcherVersion.V3_0, 0);

    assertThat(USERS).allMatch(user -> selection.choose(user) == MatcherVersion.V3_0);
  }

  @Test
  void gives_everybody_v5_1_at_a_rollout_of_a_hundred() {
    MatcherSelection selection = new MatcherSelection(MatcherVersion.V3_0, 100);

    assertThat(USERS).allMatch(user -> selection.choose(user) == MatcherVersion.V5_1);
  }

  @Test
  void gives_v5_1_to_about_the_rolled_out_share_of_users() {
    MatcherSelection selection = new MatcherSelection(MatcherVersion.V3_0, 25);

    long onAi = USERS.stream().filter(user -> selection.choose(user) == MatcherVersion.V5_1)
        .count();

    assertThat(onAi).isBetween(2_300L, 2_700L);
  }

  @Test
  void keeps_every_user_of_a_smaller_rollout_when_the_share_grows() {
    MatcherSelection tenPercent = new MatcherSelection(MatcherVersion.V3_0, 10);
    MatcherSelection thirtyPercent = new MatcherSelection(MatcherVersion.V3_0, 30);

    List<UserId> early =
        USERS.stream().filter(user -> tenPercent.choose(user) == MatcherVersion.V5_1).toList();

    assertThat(early).isNotEmpty()
        .allMatch(user -> thirtyPercent.choose(user) == MatcherVersion.V5_1);
  }

  @Test
  void chooses_the_same_version_for_a_user_every_time() {
    UserId user = new UserId("8a74bd3b2c168959e51aabe4");

    MatcherVersion first = new MatcherSelection(MatcherVersion.V3_0, 50).choose(user);

    assertThat(new MatcherSelection(MatcherVersion.V3_0, 50).choose(user)).isEqualTo(first);
  }

  @Test
  void refuses_a_rollout_outside_zero_to_a_hundred() {
    assertThatThrownBy(() -> new MatcherSelection(MatcherVersion.V3_0, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
