package com.tailorjob.adapters.http;

import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;

/** Who sent an authenticated request, and the token they proved it with. */
record Caller(UserId user, SessionToken token) {}
