package com.tailorjob.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers load balancers and operators: 200 when the service can work, 503 when it cannot. */
final class HealthRoutes {

  static final String HEALTH = "/health";

  private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

  private final HealthCheck check;

  HealthRoutes(HealthCheck check) {
    this.check = check;
  }

  void health(Context ctx) {
    Health health = probe();

    ctx.header("Cache-Control", "no-store");
    ctx.status(health.healthy() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .json(new HealthJson(health.healthy() ? "up" : "down", health.details()));
  }

  private Health probe() {
    try {
      return check.check();
    } catch (RuntimeException e) {
      LOG.warn("Health check failed with an exception; reporting down", e);
      return Health.down(Map.of());
    }
  }

  record HealthJson(String status, Map<String, String> details) {}
}
