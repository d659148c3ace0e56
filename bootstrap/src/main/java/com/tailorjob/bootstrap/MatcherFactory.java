package com.tailorjob.bootstrap;

import com.tailorjob.adapters.ai.matching.LocalMatcher;
import com.tailorjob.adapters.ai.matching.ai.AiMatcher;
import com.tailorjob.adapters.ai.matching.ai.AiMatcherSettings;
import com.tailorjob.adapters.ai.matching.ai.ChatProviderSettings;
import com.tailorjob.adapters.ai.matching.ai.ModelPrice;
import com.tailorjob.adapters.ai.matching.ai.SemanticScorer;
import com.tailorjob.application.port.out.Matcher;
import com.tailorjob.bootstrap.config.TailorJobConfig;
import java.util.Map;

/** Builds matcher v5.1 from the matching configuration. */
final class MatcherFactory {

  private MatcherFactory() {}

  static Matcher aiMatcher(TailorJobConfig.Matching matching, LocalMatcher local) {
    AiMatcherSettings settings = matching.chat()
        .map(chat -> AiMatcherSettings.withChat(chatSettings(chat)))
        .orElseGet(AiMatcherSettings::embeddingOnly);
    for (Map.Entry<String, TailorJobConfig.Price> price : matching.prices().entrySet()) {
      settings = settings.withPrice(price.getKey(), new ModelPrice(
          price.getValue().inputPerMillion(), price.getValue().outputPerMillion()));
    }
    return new AiMatcher(settings, local, new SemanticScorer());
  }

  private static ChatProviderSettings chatSettings(TailorJobConfig.Chat chat) {
    return ChatProviderSettings.of(chat.baseUrl(), chat.apiKey(), chat.model())
        .withTimeout(chat.timeout())
        .withRetries(chat.maxRetries(), ChatProviderSettings.DEFAULT_RETRY_BACKOFF);
  }
}
