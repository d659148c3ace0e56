package com.tailorjob.adapters.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which address a request came from. Behind N trusted reverse proxies the socket's peer is
 * the nearest proxy, and each proxy appends the address it was reached from to
 * {@code X-Forwarded-For}; the client is therefore the N-th entry from the right. Entries further
 * left were written by the client itself and are never believed. With no trusted proxy the header
 * is ignored, since anyone can send it.
 */
final class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
  private static final Pattern IPV6 = Pattern.compile("(?=.*:.*:)[0-9a-f:.]{2,45}");
  private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

  private final int trustedProxies;

  ClientAddresses(int trustedProxies) {
    this.trustedProxies = trustedProxies;
  }

  /**
   * The client's address: with N trusted proxies the N-th {@code X-Forwarded-For} entry from the
   * right; the socket's peer instead when no proxy is trusted, when the header holds fewer than
   * N entries, or when that entry is not an IP address.
   */
  String of(Context ctx) {
    String socketPeer = ctx.req().getRemoteAddr();
    if (trustedProxies == 0) {
      return socketPeer;
    }
    List<String> entries = forwardedFor(ctx);
    if (entries.size() < trustedProxies) {
      return socketPeer;
    }
    return ipAddress(entries.get(entries.size() - trustedProxies)).orElse(socketPeer);
  }

  /** Every entry of every {@code X-Forwarded-For} line, in the order the proxies wrote them. */
  private static List<String> forwardedFor(Context ctx) {
    List<String> entries = new ArrayList<>();
    for (String line : Collections.list(ctx.req().getHeaders(FORWARDED_FOR))) {
      for (String entry : line.split(",", -1)) {
        entries.add(entry.strip());
      }
    }
    return entries;
  }

  /** The address of an entry, written bare or, as some proxies do, with a port. */
  private static Optional<String> ipAddress(String entry) {
    String host = entry.toLowerCase(Locale.ROOT);
    int close = host.indexOf(']');
    if (host.startsWith("[") && close > 0) {
      String rest = host.substring(close + 1);
      host = rest.isEmpty() || PORT.matcher(rest).matches() ? host.substring(1, close) : "";
    } else if (host.indexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
      String port = host.substring(host.indexOf(':'));
      host = PORT.matcher(port).matches() ? host.substring(0, host.indexOf(':')) : "";
    }
    if (IPV4.matcher(host).matches() || IPV6.matcher(host).matches()) {
      return Optional.of(host);
    }
    return Optional.empty();
  }
}
