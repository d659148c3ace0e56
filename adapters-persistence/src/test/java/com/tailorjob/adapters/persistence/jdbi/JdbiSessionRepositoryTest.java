package com.tailorjob.adapters.persistence.jdbi;

import static com.tailorjob.adapters.persistence.jdbi.Samples.NOW;
import static com.tailorjob.adapters.persistence.jdbi.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.domain.user.Session;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.TokenHash;
import com.tailorjob.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSessionRepositoryTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final Duration LIFETIME = Duration.ofHours(12);

  private Jdbi jdbi;
  private JdbiSessionRepository sessions;
  private User alice;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    sessions = new JdbiSessionRepository(jdbi);
    alice = user("alice");
    new JdbiUserRepository(jdbi).add(alice);
  }

  @Test
  void finds_an_active_session_by_its_token_hash() {
    Session session = openSession("token-1");

    sessions.add(session);

    assertThat(sessions.findActive(session.tokenHash(), NOW.plusSeconds(60))).contains(session);
  }

  @Test
  void finds_nothing_behind_an_unknown_token() {
    sessions.add(openSession("token-1"));

    TokenHash unknown = new SessionToken("token-2").hash();

    assertThat(sessions.findActive(unknown, NOW)).isEmpty();
  }

  @Test
  void ignores_a_session_at_the_moment_it_expires() {
    Session session = openSession("token-1");
    sessions.add(session);

    assertThat(sessions.findActive(session.tokenHash(), session.expiresAt())).isEmpty();
  }

  @Test
  void finds_a_session_a_moment_before_it_expires() {
    Session session = openSession("token-1");
    sessions.add(session);

    Instant justBefore = session.expiresAt().minusMillis(1);

    assertThat(sessions.findActive(session.tokenHash(), justBefore)).isPresent();
  }

  @Test
  void ignores_a_revoked_session() {
    Session session = openSession("token-1");
    sessions.add(session);

    sessions.revoke(session.tokenHash(), NOW.plusSeconds(5));

    assertThat(sessions.findActive(session.tokenHash(), NOW.plusSeconds(6))).isEmpty();
  }

  @Test
  void revoking_one_session_leaves_the_others_of_the_user_active() {
    Session first = openSession("token-1");
    Session second = openSession("token-2");
    sessions.add(first);
    sessions.add(second);

    sessions.revoke(first.tokenHash(), NOW);

    assertThat(sessions.findActive(second.tokenHash(), NOW)).contains(second);
  }

  @Test
  void revoking_an_unknown_session_is_not_an_error() {
    TokenHash unknown = new SessionToken("never-issued").hash();

    sessions.revoke(unknown, NOW);

    assertThat(sessions.findActive(unknown, NOW)).isEmpty();
  }

  @Test
  void revoking_twice_keeps_the_time_of_the_first_revocation() {
    Session session = openSession("token-1");
    sessions.add(session);
    sessions.revoke(session.tokenHash(), NOW.plusSeconds(5));

    sessions.revoke(session.tokenHash(), NOW.plusSeconds(50));

    assertThat(revokedAt(session.tokenHash())).isEqualTo(NOW.plusSeconds(5));
  }

  @Test
  void stores_the_hash_of_the_token_and_never_the_token() {
    SessionToken token = new SessionToken("the-bearer-token");

    sessions.add(Session.open(token.hash(), alice.id(), NOW, LIFETIME));

    String stored = jdbi.withHandle(handle -> handle
        .createQuery("SELECT token_hash FROM sessions").mapTo(String.class).one());
    assertThat(stored).isEqualTo(token.hash().hex()).doesNotContain(token.reveal());
  }

  private Session openSession(String token) {
    return Session.open(new SessionToken(token).hash(), alice.id(), NOW, LIFETIME);
  }

  private Instant revokedAt(TokenHash hash) {
    return jdbi.withHandle(handle -> handle
        .createQuery("SELECT revoked_at FROM sessions WHERE token_hash = :hash")
        .bind("hash", hash.hex())
        .map((rs, ctx) -> Timestamps.read(rs, "revoked_at"))
        .one());
  }
}
