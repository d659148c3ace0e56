package com.tailorjob.adapters.http;

/**
 * Tells whether the service can do its work, such as whether its database answers. It should
 * return {@link Health#down} rather than throw; a throw is reported as down all the same.
 */
@FunctionalInterface
public interface HealthCheck {

  Health check();

  /** A check that always reports up, for embedding without dependencies worth probing. */
  static HealthCheck alwaysUp() {
    return Health::up;
  }
}
