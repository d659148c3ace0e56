package com.tailorjob.adapters.persistence.violation;

import com.tailorjob.bootstrap.config.Settings;
import java.util.Map;

/** Deliberate breach: an adapter reading bootstrap's configuration. */
public final class AdapterReadingBootstrapSettings {

  public String bucket() {
    return Settings.of(Map.of()).text("TAILORJOB_S3_BUCKET", "none");
  }
}
