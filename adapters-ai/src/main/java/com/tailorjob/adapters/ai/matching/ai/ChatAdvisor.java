package com.tailorjob.adapters.ai.matching.ai;

import com.tailorjob.application.port.out.MatcherUnavailableException;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.parse.CvSections;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks an OpenAI-compatible chat model to explain a match and nudge its score, and prices the
 * call. Each attempt passes a circuit breaker, so a failing provider is soon skipped without
 * waiting for timeouts; 5xx answers are retried with exponential backoff. A timeout is not
 * retried: the caller is waiting for its match, and each retry of a slow provider would add a
 * whole timeout before the fallback to v3.0 answers. Retries are resilience4j's, not
 * LangChain4j's own: it decides exactly which failures are retried (never a 429, which more
 * calls would only prolong), and it does not log each failed attempt with the provider's
 * answer attached. Nothing here logs the key or the prompt.
 */
final class ChatAdvisor {

  private static final Logger LOG = LoggerFactory.getLogger(ChatAdvisor.class);
  private static final int MAX_OUTPUT_TOKENS = 400;
  private static final int HALF_OPEN_TRIAL_CALLS = 2;
  private static final double BACKOFF_MULTIPLIER = 2;

  private final ChatModel model;
  private final String modelName;
  private final ModelPrice price;
  private final Retry retry;
  private final CircuitBreaker breaker;

  ChatAdvisor(ChatProviderSettings settings, ModelPrice price) {
    this.model = chatModel(settings);
    this.modelName = settings.modelName();
    this.price = price;
    this.retry = retry(settings);
    this.breaker = breaker(settings);
    breaker.getEventPublisher().onStateTransition(event -> LOG.warn(
        "Chat model circuit changed: model={}, transition={}", modelName,
        event.getStateTransition()));
  }

  /** The model's explanation and score adjustment, and the tokens and dollars it cost. */
  Advice advise(CvSections cv, JobPosting job, MatchResult local) {
    ChatRequest request = ChatRequest.builder()
        .messages(ChatPrompt.of(cv, job, local))
        .build();

    ChatResponse response = call(() -> model.chat(request));

    TokenUsage usage = usageOf(response);
    try {
      String text = response.aiMessage() == null ? null : response.aiMessage().text();
      ChatAnswer answer = ChatAnswer.parse(text);
      return new Advice(answer.explanation(), answer.scoreAdjustment(), usage);
    } catch (MatcherUnavailableException unreadable) {
      // The provider answered and billed the call, even if its answer is of no use.
      throw unreadable.spending(usage);
    }
  }

  private ChatResponse call(Supplier<ChatResponse> chat) {
    Supplier<ChatResponse> guarded =
        Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, chat));
    try {
      return guarded.get();
    } catch (RuntimeException failure) {
      throw ProviderFailures.map(failure, modelName);
    }
  }

  private TokenUsage usageOf(ChatResponse response) {
    dev.langchain4j.model.output.TokenUsage reported = response.tokenUsage();
    long input = reported == null || reported.inputTokenCount() == null
        ? 0 : reported.inputTokenCount();
    long output = reported == null || reported.outputTokenCount() == null
        ? 0 : reported.outputTokenCount();
    return new TokenUsage(input, output, price.costOf(input, output));
  }

  private static ChatModel chatModel(ChatProviderSettings settings) {
    // HTTP/1.1: plain-http local servers (Ollama, vLLM) mishandle the JDK's h2c upgrade.
    HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    return OpenAiChatModel.builder()
        .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(http))
        .baseUrl(settings.baseUrl().toString())
        .apiKey(settings.apiKey().orElse(null))
        .modelName(settings.modelName())
        .timeout(settings.timeout())
        .maxRetries(0)
        .temperature(0.0)
        .maxTokens(MAX_OUTPUT_TOKENS)
        .responseFormat(ResponseFormat.JSON)
        .logRequests(false)
        .logResponses(false)
        .build();
  }

  private static Retry retry(ChatProviderSettings settings) {
    Duration backoff = settings.retryBackoff().compareTo(Duration.ofMillis(1)) < 0
        ? Duration.ofMillis(1) : settings.retryBackoff();
    RetryConfig config = RetryConfig.custom()
        .maxAttempts(settings.maxRetries() + 1)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(backoff, BACKOFF_MULTIPLIER))
        .retryOnException(failure -> failure instanceof InternalServerException)
        .build();
    return Retry.of("chat-" + settings.modelName(), config);
  }

  private static CircuitBreaker breaker(ChatProviderSettings settings) {
    BreakerSettings limits = settings.breaker();
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .slidingWindowType(SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(limits.windowSize())
        .minimumNumberOfCalls(limits.minimumCalls())
        .failureRateThreshold(limits.failureRatePercent())
        .waitDurationInOpenState(limits.openFor())
        .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_TRIAL_CALLS)
        .build();
    return CircuitBreaker.of("chat-" + settings.modelName(), config);
  }

  /** What the chat model said and what saying it cost. */
  record Advice(String explanation, int scoreAdjustment, TokenUsage usage) {}
}
