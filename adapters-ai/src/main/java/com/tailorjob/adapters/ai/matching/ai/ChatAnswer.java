package com.tailorjob.adapters.ai.matching.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tailorjob.application.port.out.MatcherUnavailableException;
import java.util.Optional;

/**
 * The chat model's strict JSON answer: {@code {"explanation": "...", "score_adjustment": n}}.
 * A code fence around the object is tolerated; anything else malformed is a bad answer. An
 * adjustment beyond +-{@value #MAX_ADJUSTMENT} is clamped, since the rules keep the last word.
 */
record ChatAnswer(String explanation, int scoreAdjustment) {

  static final int MAX_ADJUSTMENT = 10;
  static final int MAX_EXPLANATION = 600;
  private static final ObjectMapper JSON = new ObjectMapper();

  static ChatAnswer parse(String content) {
    JsonNode answer = tree(Optional.ofNullable(content).orElse(""));
    JsonNode explanation = answer.path("explanation");
    JsonNode adjustment = answer.path("score_adjustment");
    if (!explanation.isTextual() || explanation.asText().isBlank()) {
      throw badAnswer("the answer has no explanation text");
    }
    if (!adjustment.isIntegralNumber() || !adjustment.canConvertToLong()) {
      throw badAnswer("the answer has no integer score_adjustment");
    }
    long clamped = Math.max(-MAX_ADJUSTMENT, Math.min(MAX_ADJUSTMENT, adjustment.asLong()));
    return new ChatAnswer(clean(explanation.asText()), (int) clamped);
  }

  private static JsonNode tree(String content) {
    String json = content.strip();
    if (json.startsWith("```")) {
      json = json.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    }
    try {
      JsonNode tree = JSON.readTree(json);
      if (tree == null || !tree.isObject()) {
        throw badAnswer("the answer is not a JSON object");
      }
      return tree;
    } catch (JsonProcessingException e) {
      // The parser's message quotes the answer, which may echo CV text: keep only the type.
      throw badAnswer("the answer is not valid JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String clean(String explanation) {
    String text = explanation.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
    return text.length() <= MAX_EXPLANATION ? text : text.substring(0, MAX_EXPLANATION);
  }

  private static MatcherUnavailableException badAnswer(String message) {
    return new MatcherUnavailableException(ProviderFailures.BAD_ANSWER,
        "the chat model gave a malformed answer: " + message, null);
  }
}
