package com.tailorjob.application.auth;

import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;
import java.time.Instant;

/** What a successful login hands back: the bearer token (shown once) and when it expires. */
public record IssuedSession(UserId user, SessionToken token, Instant expiresAt) {}
