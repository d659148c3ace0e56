package com.tailorjob.adapters.http;

import com.tailorjob.application.auth.LogIn;
import com.tailorjob.application.auth.LogOut;
import com.tailorjob.application.auth.RegisterUser;
import com.tailorjob.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Register, log in and log out: the only routes that see passwords or hand out tokens. */
final class AuthRoutes {

  static final String REGISTER = "/api/auth/register";
  static final String LOGIN = "/api/auth/login";
  static final String LOGOUT = "/api/auth/logout";

  private final RegisterUser registerUser;
  private final LogIn logIn;
  private final LogOut logOut;
  private final RequestContext context;
  private final ClientAddresses clientAddresses;
  private final JsonMapping json;

  AuthRoutes(
      RegisterUser registerUser, LogIn logIn, LogOut logOut, RequestContext context,
      ClientAddresses clientAddresses, JsonMapping json) {
    this.registerUser = registerUser;
    this.logIn = logIn;
    this.logOut = logOut;
    this.context = context;
    this.clientAddresses = clientAddresses;
    this.json = json;
  }

  void register(Context ctx) {
    AuthJson.Credentials credentials = credentials(ctx);

    UserId user = registerUser.register(
        new RegisterUser.Command(credentials.email(), credentials.password()));

    ctx.status(HttpStatus.CREATED).json(AuthJson.Registered.of(user));
  }

  void logIn(Context ctx) {
    AuthJson.Credentials credentials = credentials(ctx);

    var session = logIn.logIn(new LogIn.Command(
        credentials.email(), credentials.password(), clientAddresses.of(ctx)));

    ctx.header("Cache-Control", "no-store");
    ctx.json(AuthJson.SessionIssued.of(session));
  }

  void logOut(Context ctx) {
    Caller caller = context.caller(ctx);

    logOut.logOut(caller.user(), caller.token());

    ctx.status(HttpStatus.NO_CONTENT);
  }

  private AuthJson.Credentials credentials(Context ctx) {
    AuthJson.Credentials credentials = json.read(ctx, AuthJson.Credentials.class);
    if (!credentials.complete()) {
      throw HttpProblem.badRequest("the fields email and password are required");
    }
    return credentials;
  }
}
