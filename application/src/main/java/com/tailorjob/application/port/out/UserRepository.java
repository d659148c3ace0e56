package com.tailorjob.application.port.out;

import com.tailorjob.domain.user.Email;
import com.tailorjob.domain.user.User;
import com.tailorjob.domain.user.UserId;
import java.util.Optional;

/** Registered accounts. */
public interface UserRepository {

  /**
   * @throws EmailAlreadyRegisteredException when another account uses the address
   */
  void add(User user);

  Optional<User> findByEmail(Email email);

  Optional<User> find(UserId id);
}
