package com.tailorjob.adapters.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Talks to a running API over real HTTP/1.1, as any client would. */
final class ApiClient {

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final int port;
  private final String base;

  ApiClient(int port) {
    this.port = port;
    this.base = "http://localhost:" + port;
  }

  int port() {
    return port;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  ApiResponse postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json)));
  }

  ApiResponse postJson(String path, String json, String token) {
    return send(request(path).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(BodyPublishers.ofString(json)));
  }

  ApiResponse putJson(String path, String json, String token) {
    return send(request(path).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .PUT(BodyPublishers.ofString(json)));
  }

  /** A POST that carries no body, as for an action on a resource. */
  ApiResponse post(String path, String token) {
    return send(request(path).header("Authorization", "Bearer " + token)
        .POST(BodyPublishers.noBody()));
  }

  ApiResponse get(String path, String token) {
    return send(request(path).header("Authorization", "Bearer " + token).GET());
  }

  ApiResponse delete(String path, String token) {
    return send(request(path).header("Authorization", "Bearer " + token).DELETE());
  }

  ApiResponse upload(String token, MultipartBody body) {
    return upload(token, body, BodyPublishers.ofByteArray(body.toBytes()));
  }

  /** Sends the body without a Content-Length, so only the server's own limits can stop it. */
  ApiResponse uploadChunked(String token, MultipartBody body) {
    byte[] bytes = body.toBytes();
    BodyPublisher unsized = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    return upload(token, body, unsized);
  }

  ApiResponse uploadFile(String token, String filename, byte[] content) {
    return upload(token, new MultipartBody().file("file", filename, "application/pdf", content));
  }

  ApiResponse send(HttpRequest.Builder request) {
    try {
      return ApiResponse.of(http.send(request.build(), BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ApiResponse upload(String token, MultipartBody body, BodyPublisher publisher) {
    return send(request("/api/cvs").header("Authorization", "Bearer " + token)
        .header("Content-Type", body.contentType())
        .POST(publisher));
  }
}
