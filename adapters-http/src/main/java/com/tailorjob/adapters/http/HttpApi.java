package com.tailorjob.adapters.http;

import com.tailorjob.application.port.out.IdGenerator;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.Objects;
import java.util.Set;

/** The TailorJob HTTP API on Javalin: routes, bearer authentication, JSON errors, request ids. */
public final class HttpApi implements AutoCloseable {

  private final HttpSettings settings;
  private final RequestContext context;
  private final JsonMapping json;
  private final BearerAuthentication authentication;
  private final ErrorMapping errors;
  private final AuthRoutes auth;
  private final CvRoutes cvs;
  private final NotificationRoutes notifications;
  private final JobRoutes jobs;
  private final MatchRoutes matches;
  private final HealthRoutes health;
  private final MultipartUploads uploads;
  private final JsonServerErrors serverErrors;
  private final Javalin app;

  public HttpApi(
      HttpUseCases useCases, IdGenerator ids, HealthCheck healthCheck, HttpSettings settings) {
    Objects.requireNonNull(useCases, "useCases");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.context = new RequestContext(Objects.requireNonNull(ids, "ids"));
    this.json = new JsonMapping();
    this.uploads = new MultipartUploads(settings);
    this.authentication = new BearerAuthentication(
        useCases.authenticate(), context, Set.of(AuthRoutes.REGISTER, AuthRoutes.LOGIN));
    this.errors = new ErrorMapping(context, new UnreadRequestBody(uploads.maxRequestBytes()),
        settings.maxUploadBytes());
    this.auth = new AuthRoutes(useCases.registerUser(), useCases.logIn(), useCases.logOut(),
        context, new ClientAddresses(settings.trustedProxies()), json);
    this.cvs = new CvRoutes(useCases, context, uploads);
    this.notifications = new NotificationRoutes(useCases.notifications(), context);
    this.jobs = new JobRoutes(useCases.manageJobs(), context, json);
    this.matches = new MatchRoutes(useCases.analyzeMatch(), useCases.showUsage(), context, json);
    this.health = new HealthRoutes(Objects.requireNonNull(healthCheck, "healthCheck"));
    this.serverErrors = new JsonServerErrors(ids, json.mapper());
    this.app = Javalin.create(this::configure);
  }

  /**
   * Starts listening.
   *
   * @return the bound port, which differs from the configured one when that was 0
   */
  public int start() {
    app.start();
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    // Each JSON route applies its own, smaller or equal limit; uploads are bounded separately.
    config.http.maxRequestSize = JsonMapping.LARGEST_BODY_BYTES;
    // A known path asked with a method it does not take is a 405, not an unknown resource.
    config.http.prefer405over404 = true;
    config.jsonMapper(new JavalinJackson(json.mapper(), false));
    uploads.configure(config.jetty.multipartConfig);
    config.jetty.modifyServer(server -> server.setErrorHandler(serverErrors));

    config.routes.before(context::requestId);
    config.routes.beforeMatched(context.scoped(authentication::check));
    routes(config);
    errors.register(config.routes);
  }

  private void routes(JavalinConfig config) {
    config.routes.post(AuthRoutes.REGISTER, context.scoped(auth::register));
    config.routes.post(AuthRoutes.LOGIN, context.scoped(auth::logIn));
    config.routes.post(AuthRoutes.LOGOUT, context.scoped(auth::logOut));
    config.routes.post(CvRoutes.CVS, context.scoped(cvs::upload));
    config.routes.get(CvRoutes.CVS, context.scoped(cvs::list));
    config.routes.get(CvRoutes.ONE_CV, context.scoped(cvs::show));
    config.routes.delete(CvRoutes.ONE_CV, context.scoped(cvs::delete));
    config.routes.get(NotificationRoutes.NOTIFICATIONS, context.scoped(notifications::list));
    config.routes.post(NotificationRoutes.MARK_READ, context.scoped(notifications::markRead));
    config.routes.post(JobRoutes.JOBS, context.scoped(jobs::create));
    config.routes.get(JobRoutes.JOBS, context.scoped(jobs::list));
    config.routes.get(JobRoutes.ONE_JOB, context.scoped(jobs::show));
    config.routes.put(JobRoutes.ONE_JOB, context.scoped(jobs::update));
    config.routes.delete(JobRoutes.ONE_JOB, context.scoped(jobs::delete));
    config.routes.post(MatchRoutes.MATCHES, context.scoped(matches::analyze));
    config.routes.get(MatchRoutes.USAGE, context.scoped(matches::usage));
    config.routes.get(HealthRoutes.HEALTH, context.scoped(health::health));
  }
}
