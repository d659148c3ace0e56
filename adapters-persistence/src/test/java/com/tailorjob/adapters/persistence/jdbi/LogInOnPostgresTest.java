package com.tailorjob.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tailorjob.adapters.persistence.PersistenceAdapters;
import com.tailorjob.adapters.persistence.security.Argon2PasswordHasher;
import com.tailorjob.adapters.persistence.testing.EmbeddedPostgresExtension;
import com.tailorjob.application.auth.InvalidCredentialsException;
import com.tailorjob.application.auth.LogIn;
import com.tailorjob.application.auth.LoginThrottledException;
import com.tailorjob.application.auth.SessionLifetime;
import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.application.testing.MutableClock;
import com.tailorjob.application.testing.RecordingObservability;
import com.tailorjob.application.testing.SequentialIds;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import com.tailorjob.domain.user.Password;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Login throttling on the real adapters, with guesses fired in parallel as an attacker would:
 * the limits must hold while many attempts are between their throttle check and their verdict.
 */
class LogInOnPostgresTest {

  @RegisterExtension
  static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final String PASSWORD = "correct horse battery";
  private static final int PARALLEL_GUESSES = 20;
  private static final LoginThrottlePolicy THROTTLE =
      new LoginThrottlePolicy(5, 8, Duration.ofMinutes(15));

  private final MutableClock clock = MutableClock.atSomeMoment();
  private final SlowHasher hasher = new SlowHasher();
  private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_GUESSES);
  private Jdbi jdbi;
  private LogIn logIn;

  @BeforeEach
  void setUp() {
    jdbi = PersistenceAdapters.jdbiFor(POSTGRES.dataSource());
    logIn = new LogIn(new JdbiUserRepository(jdbi), new JdbiSessionRepository(jdbi),
        new JdbiLoginFailureLog(jdbi), hasher, new SequentialIds(),
        new RecordingObservability(), clock, THROTTLE, SessionLifetime.standard());
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void lets_no_more_parallel_guesses_at_one_account_through_than_its_limit() throws Exception {
    register("alice");

    Outcomes outcomes = guessInParallel(i -> "alice@example.com", i -> "203.0.113." + i);

    assertThat(hasher.verifications()).isEqualTo(5);
    assertThat(outcomes.rejected()).isEqualTo(5);
    assertThat(outcomes.throttled()).isEqualTo(PARALLEL_GUESSES - 5);
  }

  @Test
  void lets_no_more_parallel_guesses_from_one_address_through_than_its_limit() throws Exception {
    Outcomes outcomes = guessInParallel(i -> "user" + i + "@example.com", i -> "203.0.113.7");

    assertThat(outcomes.rejected()).isEqualTo(8);
    assertThat(outcomes.throttled()).isEqualTo(PARALLEL_GUESSES - 8);
  }

  private void register(String name) {
    new JdbiUserRepository(jdbi).add(new User(new UserId(name),
        new Email(name + "@example.com"), hasher.hash(Password.typed(PASSWORD)), clock.instant()));
  }

  /** Sends every guess at once, each with a wrong password, and sorts the answers. */
  private Outcomes guessInParallel(IntFunction<String> email, IntFunction<String> address)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Class<?>>> answers = new ArrayList<>();
    for (int i = 0; i < PARALLEL_GUESSES; i++) {
      LogIn.Command guess =
          new LogIn.Command(email.apply(i), "wrong guess " + i, address.apply(i));
      answers.add(pool.submit(() -> {
        start.await();
        return outcomeOf(guess);
      }));
    }
    start.countDown();
    List<Class<?>> outcomes = new ArrayList<>();
    for (Future<Class<?>> answer : answers) {
      outcomes.add(answer.get(60, TimeUnit.SECONDS));
    }
    return new Outcomes(outcomes);
  }

  private Class<?> outcomeOf(LogIn.Command guess) {
    try {
      logIn.logIn(guess);
      return Void.class;
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  private record Outcomes(List<Class<?>> classes) {

    Outcomes {
      assertThat(classes).as("every guess answers 401 or 429").allMatch(
          c -> c == InvalidCredentialsException.class || c == LoginThrottledException.class);
    }

    long rejected() {
      return classes.stream().filter(c -> c == InvalidCredentialsException.class).count();
    }

    long throttled() {
      return classes.stream().filter(c -> c == LoginThrottledException.class).count();
    }
  }

  /**
   * Cheap Argon2 that takes as long to verify as the production cost does, so parallel guesses
   * overlap the way they would against a real server, and that counts its verifications.
   */
  private static final class SlowHasher implements PasswordHasher {

    private final PasswordHasher argon2 =
        new Argon2PasswordHasher(Argon2PasswordHasher.Parameters.cheapForTests());
    private final AtomicInteger verifications = new AtomicInteger();

    @Override
    public String hash(Password password) {
      return argon2.hash(password);
    }

    @Override
    public boolean matches(Password password, String hash) {
      verifications.incrementAndGet();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return argon2.matches(password, hash);
    }

    int verifications() {
      return verifications.get();
    }
  }
}
