package com.tailorjob.adapters.http.violation;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Deliberate breach: an adapter creating its own Guice injector. */
public final class AdapterWiringItself {

  public Injector injector() {
    return Guice.createInjector();
  }
}
