package com.tailorjob.adapters.http;

import static com.tailorjob.adapters.http.RunningApi.PASSWORD;
import static com.tailorjob.adapters.http.RunningApi.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which address failed logins are counted against, with and without trusted reverse proxies in
 * front of the API. The test client connects from 127.0.0.1 and plays the proxies by sending
 * X-Forwarded-For itself.
 */
class ClientAddressApiTest {

  private static final String SOCKET_PEER = "127.0.0.1";
  private static final int ADDRESS_LIMIT = 20;

  @TempDir Path tempDir;

  private RunningApi api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void behind_a_load_balancer_one_clients_failed_logins_do_not_lock_out_another() {
    start(1);
    api.client.postJson("/api/auth/register", credentials("ada@example.com", PASSWORD));
    for (int i = 0; i < ADDRESS_LIMIT; i++) {
      failLogin("guess" + i + "@example.com", "198.51.100.7");
    }

    ApiResponse response = api.client.send(login("ada@example.com", PASSWORD)
        .header(ClientAddresses.FORWARDED_FOR, "203.0.113.9"));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void throttles_one_client_behind_a_load_balancer_at_the_address_limit() {
    start(1);
    for (int i = 0; i < ADDRESS_LIMIT; i++) {
      failLogin("guess" + i + "@example.com", "198.51.100.7");
    }

    ApiResponse response = api.client.send(login("ada@example.com", PASSWORD)
        .header(ClientAddresses.FORWARDED_FOR, "198.51.100.7"));

    assertThat(response.status()).isEqualTo(429);
  }

  @Test
  void ignores_x_forwarded_for_when_no_proxy_is_trusted() {
    start(0);

    failLogin("ada@example.com", "198.51.100.7");

    assertThat(api.accounts.failedLoginAddresses()).containsExactly(SOCKET_PEER);
  }

  @Test
  void takes_the_entry_the_trusted_proxy_appended_and_ignores_what_the_client_forged() {
    start(1);

    failLogin("ada@example.com", "203.0.113.66, 10.9.9.9, 198.51.100.7");

    assertThat(api.accounts.failedLoginAddresses()).containsExactly("198.51.100.7");
  }

  @Test
  void counts_trusted_proxies_from_the_right_across_repeated_header_lines() {
    start(2);

    failLogin("ada@example.com", "203.0.113.66, 198.51.100.7", "10.0.0.2");

    assertThat(api.accounts.failedLoginAddresses()).containsExactly("198.51.100.7");
  }

  @Test
  void takes_the_socket_peer_when_the_header_has_fewer_entries_than_trusted_proxies() {
    start(2);

    failLogin("ada@example.com", "198.51.100.7");

    assertThat(api.accounts.failedLoginAddresses()).containsExactly(SOCKET_PEER);
  }

  @Test
  void takes_the_socket_peer_when_a_trusted_proxy_sends_no_header() {
    start(1);

    failLogin("ada@example.com");

    assertThat(api.accounts.failedLoginAddresses()).containsExactly(SOCKET_PEER);
  }

  @Test
  void takes_the_socket_peer_when_the_trusted_entry_is_not_an_ip_address() {
    start(1);

    failLogin("ada@example.com", "198.51.100.7, unknown");

    assertThat(api.accounts.failedLoginAddresses()).containsExactly(SOCKET_PEER);
  }

  @Test
  void drops_the_port_a_proxy_wrote_beside_the_address() {
    start(1);

    failLogin("ada@example.com", "[2001:db8::7]:51234");

    assertThat(api.accounts.failedLoginAddresses()).containsExactly("2001:db8::7");
  }

  private void start(int trustedProxies) {
    api = RunningApi.start(RunningApi.Options.standard(tempDir)
        .withTrustedProxies(trustedProxies));
  }

  /** A login with a wrong password, carrying one X-Forwarded-For line per value given. */
  private void failLogin(String email, String... forwardedFor) {
    HttpRequest.Builder request = login(email, "wrong password!");
    for (String line : forwardedFor) {
      request.header(ClientAddresses.FORWARDED_FOR, line);
    }
    assertThat(api.client.send(request).status()).as("a failed login").isEqualTo(401);
  }

  private HttpRequest.Builder login(String email, String password) {
    return api.client.request("/api/auth/login")
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(credentials(email, password)));
  }
}
