package com.tailorjob.adapters.http;

import com.tailorjob.application.auth.Authenticate;
import com.tailorjob.domain.user.SessionToken;
import com.tailorjob.domain.user.UserId;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lets a request reach an {@code /api} route only with a live bearer token, except the routes
 * that hand tokens out. Every refusal looks the same, so a client cannot tell a forged token
 * from an expired or revoked one.
 */
final class BearerAuthentication {

  private static final String SCHEME = "bearer ";
  private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
  private static final int MAX_TOKEN_LENGTH = 256;

  private final Authenticate authenticate;
  private final RequestContext context;
  private final Set<String> publicRoutes;

  BearerAuthentication(
      Authenticate authenticate, RequestContext context, Set<String> publicRoutes) {
    this.authenticate = authenticate;
    this.context = context;
    this.publicRoutes = Set.copyOf(publicRoutes);
  }

  /**
   * Runs before each matched route; the route template decides, not the raw request path. A
   * HEAD request, which Javalin answers from the GET route without naming it as matched, is
   * judged by its raw path, which gives the same answer: it starts with {@code /api/} when the
   * template does, and the public routes have no parameters.
   */
  void check(Context ctx) {
    String route = Optional.ofNullable(ctx.endpoints().matchedHttpEndpoint())
        .map(endpoint -> endpoint.path)
        .orElseGet(ctx::path);
    if (!route.startsWith("/api/") || publicRoutes.contains(route)) {
      return;
    }

    SessionToken token = tokenOf(ctx.header("Authorization"))
        .orElseThrow(() -> HttpProblem.unauthorized("a valid bearer token is required"));
    UserId user = authenticate.userFor(token)
        .orElseThrow(() -> HttpProblem.unauthorized("the bearer token is not valid"));

    context.authenticated(ctx, new Caller(user, token));
  }

  private static Optional<SessionToken> tokenOf(String header) {
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      return Optional.empty();
    }
    String candidate = header.substring(SCHEME.length()).strip();
    if (candidate.length() > MAX_TOKEN_LENGTH || !TOKEN68.matcher(candidate).matches()) {
      return Optional.empty();
    }
    return Optional.of(new SessionToken(candidate));
  }
}
