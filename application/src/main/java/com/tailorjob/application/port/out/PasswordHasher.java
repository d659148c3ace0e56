package com.tailorjob.application.port.out;

import com.tailorjob.domain.user.Password;

/** One-way, salted, deliberately slow password hashing. */
public interface PasswordHasher {

  String hash(Password password);

  boolean matches(Password password, String hash);
}
