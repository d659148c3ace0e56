package com.tailorjob.adapters.http;

import com.tailorjob.application.OperationFailedException;
import com.tailorjob.application.TransientFailures;
import com.tailorjob.application.auth.InvalidCredentialsException;
import com.tailorjob.application.auth.InvalidRegistrationException;
import com.tailorjob.application.auth.LoginThrottledException;
import com.tailorjob.application.cv.CvNotFoundException;
import com.tailorjob.application.cv.CvRejectedException;
import com.tailorjob.application.job.InvalidJobException;
import com.tailorjob.application.job.JobNotFoundException;
import com.tailorjob.application.match.CvNotParsedException;
import com.tailorjob.application.notification.NotificationNotFoundException;
import com.tailorjob.application.port.out.EmailAlreadyRegisteredException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception that leaves a handler into a JSON error with a precise status. Use case
 * failures were already reported through the observability port and are not logged again; only
 * a failure nobody reported yet is logged, once, and its text never reaches the client.
 */
final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
  private static final int MAX_LOGGED_PATH = 200;

  private final RequestContext context;
  private final UnreadRequestBody unreadBody;
  private final long maxUploadBytes;

  ErrorMapping(RequestContext context, UnreadRequestBody unreadBody, long maxUploadBytes) {
    this.context = context;
    this.unreadBody = unreadBody;
    this.maxUploadBytes = maxUploadBytes;
  }

  void register(RoutesConfig routes) {
    routes.exception(HttpProblem.class, (e, ctx) -> respondWith(ctx, e));
    routes.exception(CvRejectedException.class, this::cvRejected);
    routes.exception(CvNotFoundException.class, (e, ctx) ->
        respond(ctx, HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "no such CV"));
    routes.exception(JobNotFoundException.class, (e, ctx) ->
        respond(ctx, HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "no such job"));
    routes.exception(NotificationNotFoundException.class, (e, ctx) ->
        respond(ctx, HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "no such notification"));
    routes.exception(EmailAlreadyRegisteredException.class, (e, ctx) ->
        respond(ctx, HttpStatus.CONFLICT, ErrorCode.EMAIL_TAKEN, e.getMessage()));
    routes.exception(InvalidRegistrationException.class, (e, ctx) ->
        respond(ctx, HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.VALIDATION_FAILED,
            e.getMessage()));
    routes.exception(InvalidJobException.class, (e, ctx) ->
        respond(ctx, HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.VALIDATION_FAILED,
            e.getMessage()));
    routes.exception(CvNotParsedException.class, this::cvNotParsed);
    routes.exception(InvalidCredentialsException.class, (e, ctx) ->
        respondWith(ctx, HttpProblem.unauthorized(e.getMessage())));
    routes.exception(LoginThrottledException.class, this::throttled);
    routes.exception(OperationFailedException.class, this::operationFailed);
    routes.exception(HttpResponseException.class, this::javalinRefusal);
    routes.exception(Exception.class, this::unexpected);
  }

  /** Refused uploads, whether the file was read or the request could not even be parsed. */
  private void cvRejected(CvRejectedException e, Context ctx) {
    String part = "'" + CvRoutes.FILE_PART + "'";
    switch (e.reason()) {
      case TOO_LARGE -> respond(ctx, HttpStatus.CONTENT_TOO_LARGE, ErrorCode.FILE_TOO_LARGE,
          "the file is larger than the upload limit of " + maxUploadBytes + " bytes");
      case UNSUPPORTED_TYPE -> respond(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          ErrorCode.UNSUPPORTED_MEDIA_TYPE, e.reason().explanation());
      case EMPTY_FILE, MALFORMED_FILE -> respond(ctx, HttpStatus.UNPROCESSABLE_CONTENT,
          ErrorCode.INVALID_FILE, e.reason().explanation());
      case NOT_MULTIPART -> respond(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send the CV as multipart/form-data with the file in a part named " + part);
      case MISSING_FILE -> respond(ctx, HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST,
          "the multipart body has no file part named " + part);
      case MALFORMED_REQUEST -> respond(ctx, HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST,
          "the multipart body is malformed");
    }
  }

  private void cvNotParsed(CvNotParsedException e, Context ctx) {
    String message = switch (e.status()) {
      case UPLOADED -> "the CV is waiting to be parsed; try again once it is parsed";
      case PARSING -> "the CV is still parsing; try again once it is parsed";
      case FAILED -> "the CV could not be parsed; upload a readable copy to match it";
      case PARSED -> "the CV's parse is not available yet; try again shortly";
    };
    send(ctx, HttpStatus.CONFLICT, new ErrorJson(ErrorCode.CV_NOT_PARSED.code(), message,
        requestIdOf(ctx), e.status().code()), Map.of());
  }

  private void throttled(LoginThrottledException e, Context ctx) {
    String seconds = Long.toString(wholeSecondsAtLeastOne(e.retryAfter()));
    respond(ctx, HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TOO_MANY_REQUESTS, e.getMessage(),
        Map.of("Retry-After", seconds));
  }

  private void operationFailed(OperationFailedException e, Context ctx) {
    if (e.isTransient()) {
      unavailable(ctx);
    } else {
      respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_ERROR,
          "the request could not be completed");
    }
  }

  /** Javalin's own refusals: no route, wrong method, a body larger than it reads. */
  private void javalinRefusal(HttpResponseException e, Context ctx) {
    if (e.getStatus() >= 500) {
      unexpected(e, ctx);
      return;
    }
    StatusRefusal refusal = StatusRefusal.of(e.getStatus());
    respond(ctx, HttpStatus.forStatus(refusal.status()), refusal.code(), refusal.message());
  }

  /**
   * A failure no use case reported, such as a read outside any operation. Logged here, once; an
   * unreachable database or store still answers 503, because a retry may well succeed.
   */
  private void unexpected(Exception e, Context ctx) {
    context.enter(ctx);
    try {
      LOG.error("Unexpected failure handling {} {}", ctx.method(), printable(ctx.path()), e);
    } finally {
      context.leave();
    }
    if (TransientFailures.isTransient(e)) {
      unavailable(ctx);
    } else {
      respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_ERROR,
          "an unexpected error occurred");
    }
  }

  private void unavailable(Context ctx) {
    StatusRefusal refusal = StatusRefusal.of(HttpStatus.SERVICE_UNAVAILABLE.getCode());
    respond(ctx, HttpStatus.SERVICE_UNAVAILABLE, refusal.code(), refusal.message());
  }

  private void respondWith(Context ctx, HttpProblem problem) {
    respond(ctx, problem.status(), problem.code(), problem.getMessage(), problem.headers());
  }

  private void respond(Context ctx, HttpStatus status, ErrorCode code, String message) {
    respond(ctx, status, code, message, Map.of());
  }

  private void respond(
      Context ctx, HttpStatus status, ErrorCode code, String message,
      Map<String, String> headers) {
    send(ctx, status, new ErrorJson(code.code(), message, requestIdOf(ctx)), headers);
  }

  private void send(
      Context ctx, HttpStatus status, ErrorJson body, Map<String, String> headers) {
    unreadBody.discard(ctx);
    headers.forEach(ctx::header);
    ctx.status(status).json(body);
  }

  private String requestIdOf(Context ctx) {
    return context.requestId(ctx).value();
  }

  /** Retry-After counts whole seconds; rounding down would invite a retry that fails. */
  private static long wholeSecondsAtLeastOne(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** The raw path is client input: keep it to one short line of printable characters. */
  private static String printable(String path) {
    String cut = path.length() > MAX_LOGGED_PATH ? path.substring(0, MAX_LOGGED_PATH) : path;
    return cut.replaceAll("[^\\x21-\\x7e]", "?");
  }
}
