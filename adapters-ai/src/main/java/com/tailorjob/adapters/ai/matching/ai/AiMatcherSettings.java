package com.tailorjob.adapters.ai.matching.ai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How matcher v5.1 runs: always with the in-process embedding model, and with a chat model
 * when a provider is configured, whose calls are priced from {@code prices} by model name.
 * A model missing from the table is taken to be free, as a local Ollama model is.
 */
public record AiMatcherSettings(Optional<ChatProviderSettings> chat,
    Map<String, ModelPrice> prices) {

  public AiMatcherSettings {
    Objects.requireNonNull(chat, "chat");
    prices = Map.copyOf(prices);
  }

  /** Embeddings only: no chat model, no cost. */
  public static AiMatcherSettings embeddingOnly() {
    return new AiMatcherSettings(Optional.empty(), defaultPrices());
  }

  public static AiMatcherSettings withChat(ChatProviderSettings chat) {
    return new AiMatcherSettings(Optional.of(chat), defaultPrices());
  }

  /** This table with {@code model} priced at {@code price}, replacing any earlier price. */
  public AiMatcherSettings withPrice(String model, ModelPrice price) {
    Map<String, ModelPrice> table = new LinkedHashMap<>(prices);
    table.put(model, price);
    return new AiMatcherSettings(chat, table);
  }

  public ModelPrice priceOf(String model) {
    return prices.getOrDefault(model, ModelPrice.FREE);
  }

  /**
   * OpenAI's published standard prices per million tokens when this was written; prices change,
   * so deployments set their own with {@link #withPrice}.
   */
  public static Map<String, ModelPrice> defaultPrices() {
    return Map.of(
        "gpt-4o-mini", ModelPrice.of("0.15", "0.60"),
        "gpt-4o", ModelPrice.of("2.50", "10.00"),
        "gpt-4.1", ModelPrice.of("2.00", "8.00"),
        "gpt-4.1-mini", ModelPrice.of("0.40", "1.60"),
        "gpt-4.1-nano", ModelPrice.of("0.10", "0.40"));
  }
}
