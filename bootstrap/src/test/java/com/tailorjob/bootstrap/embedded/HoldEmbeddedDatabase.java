package com.tailorjob.bootstrap.embedded;

import java.nio.file.Path;

/** Starts the embedded database on the given data folder and holds it until it is killed. */
public final class HoldEmbeddedDatabase {

  static final String READY = "embedded database ready";

  private HoldEmbeddedDatabase() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedDatabase.start(Path.of(args[0]));
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
