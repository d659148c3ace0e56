package com.tailorjob.application.port.out.violation;

/** Deliberate breach: a port that is a class rather than an interface. */
public class ConcreteRepository {

  public int count() {
    return 0;
  }
}
