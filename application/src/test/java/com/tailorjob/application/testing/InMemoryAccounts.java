package com.tailorjob.application.testing;

import com.tailorjob.application.port.out.EmailAlreadyRegisteredException;
import com.tailorjob.application.port.out.LoginFailureLog;
import com.tailorjob.application.port.out.PasswordHasher;
import com.tailorjob.application.port.out.SessionRepository;
import com.tailorjob.application.port.out.UserRepository;
import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.LoginThrottle;
import com.tailorjob.domain.user.LoginThrottlePolicy;
import com.tailorjob.domain.user.Password;
import com.tailorjob.domain.user.RecentFailures;
import com.tailorjob.domain.user.Session;
import com.tailorjob.domain.user.TokenHash;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Users, sessions, failed logins and a reversible fake hasher, all in memory. */
public final class InMemoryAccounts {

  private final Map<UserId, User> users = new ConcurrentHashMap<>();
  private final Map<TokenHash, Session> sessions = new ConcurrentHashMap<>();
  private final List<Failure> failures = new ArrayList<>();

  public UserRepository users() {
    return new UserRepository() {
      @Override
      public synchronized void add(User user) {
        if (findByEmail(user.email()).isPresent()) {
          throw new EmailAlreadyRegisteredException(null);
        }
        users.put(user.id(), user);
      }

      @Override
      public Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
      }

      @Override
      public Optional<User> find(UserId id) {
        return Optional.ofNullable(users.get(id));
      }
    };
  }

  public SessionRepository sessions() {
    return new SessionRepository() {
      @Override
      public void add(Session session) {
        sessions.put(session.tokenHash(), session);
      }

      @Override
      public Optional<Session> findActive(TokenHash hash, Instant now) {
        return Optional.ofNullable(sessions.get(hash)).filter(s -> s.isActiveAt(now));
      }

      @Override
      public void revoke(TokenHash hash, Instant now) {
        sessions.remove(hash);
      }
    };
  }

  /** Checks and counts under one lock, as the real log does in its database. */
  public LoginFailureLog failures() {
    return new LoginFailureLog() {
      @Override
      public Optional<LoginThrottle> admit(
          Email account, String clientAddress, Instant now, LoginThrottlePolicy throttle) {
        synchronized (failures) {
          Optional<LoginThrottle> wait = throttle.throttle(
              recent(f -> f.account().equals(account), throttle.windowStart(now)),
              recent(f -> f.address().equals(clientAddress), throttle.windowStart(now)),
              now);
          if (wait.isEmpty()) {
            failures.add(new Failure(account, clientAddress, now));
          }
          return wait;
        }
      }

      @Override
      public Optional<LoginThrottle> waitForAddress(
          String clientAddress, Instant now, LoginThrottlePolicy throttle) {
        synchronized (failures) {
          return throttle.throttle(RecentFailures.none(),
              recent(f -> f.address().equals(clientAddress), throttle.windowStart(now)), now);
        }
      }

      @Override
      public void clear(Email account) {
        synchronized (failures) {
          failures.removeIf(f -> f.account().equals(account));
        }
      }
    };
  }

  /** The client addresses of the attempts counted as failed, oldest first. */
  public List<String> failedLoginAddresses() {
    synchronized (failures) {
      return failures.stream().map(Failure::address).toList();
    }
  }

  /** Not a real hash: fast and good enough to tell matching from non-matching passwords. */
  public static PasswordHasher fakeHasher() {
    return new PasswordHasher() {
      @Override
      public String hash(Password password) {
        return "fake$" + new StringBuilder(password.reveal()).reverse();
      }

      @Override
      public boolean matches(Password password, String hash) {
        return hash(password).equals(hash);
      }
    };
  }

  private RecentFailures recent(Predicate<Failure> which, Instant since) {
    return new RecentFailures(failures.stream()
        .filter(f -> which.test(f) && !f.at().isBefore(since))
        .map(Failure::at)
        .toList());
  }

  private record Failure(Email account, String address, Instant at) {}
}
