package com.tailorjob.adapters.ai.matching.ai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenAI-compatible chat completions endpoint (OpenAI, Azure-compatible proxies, Ollama,
 * vLLM, LM Studio): its base URL, API key (none for a local Ollama), model name, the time one
 * call may take, how often a failed (5xx) call is retried and after what first pause, and when
 * its circuit opens. {@link #toString()} never shows the key.
 */
public record ChatProviderSettings(URI baseUrl, Optional<String> apiKey, String modelName,
    Duration timeout, int maxRetries, Duration retryBackoff, BreakerSettings breaker) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_RETRIES = 2;
  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(500);

  public ChatProviderSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(breaker, "breaker");
    apiKey = apiKey.filter(key -> !key.isBlank());
    if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
      throw new IllegalArgumentException("a chat provider base URL is http or https");
    }
    if (modelName.isBlank()) {
      throw new IllegalArgumentException("a chat model name cannot be blank");
    }
    if (timeout.isNegative() || timeout.isZero() || retryBackoff.isNegative()) {
      throw new IllegalArgumentException("a chat timeout is positive and a backoff not negative");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("chat retries cannot be negative");
    }
  }

  /** A provider with the default timeout, retries, backoff and circuit breaker. */
  public static ChatProviderSettings of(URI baseUrl, Optional<String> apiKey, String modelName) {
    return new ChatProviderSettings(baseUrl, apiKey, modelName, DEFAULT_TIMEOUT,
        DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BACKOFF, BreakerSettings.defaults());
  }

  public ChatProviderSettings withTimeout(Duration value) {
    return new ChatProviderSettings(baseUrl, apiKey, modelName, value, maxRetries, retryBackoff,
        breaker);
  }

  public ChatProviderSettings withRetries(int count, Duration backoff) {
    return new ChatProviderSettings(baseUrl, apiKey, modelName, timeout, count, backoff,
        breaker);
  }

  public ChatProviderSettings withBreaker(BreakerSettings value) {
    return new ChatProviderSettings(baseUrl, apiKey, modelName, timeout, maxRetries,
        retryBackoff, value);
  }

  @Override
  public String toString() {
    return "ChatProviderSettings[baseUrl=" + baseUrl + ", apiKey="
        + (apiKey.isPresent() ? "***" : "none") + ", modelName=" + modelName
        + ", timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", retryBackoff=" + retryBackoff + ", breaker=" + breaker + "]";
  }
}
