package com.tailorjob.adapters.persistence.security;

import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.domain.user.Password;
import java.util.Objects;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashing, because it is memory-hard and is OWASP's first recommendation for
 * storing passwords. Each hash carries its own salt and parameters, so raising the cost later
 * still verifies hashes made with the old one.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

  private final Argon2PasswordEncoder encoder;

  public Argon2PasswordHasher(Parameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    this.encoder = new Argon2PasswordEncoder(
        parameters.saltBytes(),
        parameters.hashBytes(),
        parameters.parallelism(),
        parameters.memoryKib(),
        parameters.iterations());
  }

  /** A hasher with the OWASP-recommended cost. */
  public static Argon2PasswordHasher recommended() {
    return new Argon2PasswordHasher(Parameters.owaspRecommended());
  }

  @Override
  public String hash(Password password) {
    return encoder.encode(password.reveal());
  }

  /** False for a wrong password and for a stored hash that is not an Argon2 hash at all. */
  @Override
  public boolean matches(Password password, String hash) {
    return encoder.matches(password.reveal(), hash);
  }

  /** The cost of one hash; memory is in KiB. */
  public record Parameters(
      int saltBytes, int hashBytes, int parallelism, int memoryKib, int iterations) {

    /** Argon2 needs at least eight KiB of memory per lane. */
    private static final int MIN_KIB_PER_LANE = 8;

    public Parameters {
      if (saltBytes < 16 || hashBytes < 16 || parallelism < 1 || iterations < 1) {
        throw new IllegalArgumentException(
            "Argon2 needs a salt and hash of 16+ bytes, 1+ lanes and 1+ iterations");
      }
      if (memoryKib < MIN_KIB_PER_LANE * parallelism) {
        throw new IllegalArgumentException("Argon2 needs at least 8 KiB of memory per lane");
      }
    }

    /** OWASP's password storage cheat sheet: Argon2id, 19 MiB of memory, 2 passes, 1 lane. */
    public static Parameters owaspRecommended() {
      return new Parameters(16, 32, 1, 19_456, 2);
    }

    /** Far too cheap for real passwords; keeps tests that hash many passwords quick. */
    public static Parameters cheapForTests() {
      return new Parameters(16, 32, 1, 64, 1);
    }
  }
}
