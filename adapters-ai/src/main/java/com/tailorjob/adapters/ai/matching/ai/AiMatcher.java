package com.tailorjob.adapters.ai.matching.ai;

import com.tailorjob.adapters.ai.matching.LocalMatcher;
import com.tailorjob.application.port.out.Matcher;
import com.tailorjob.application.port.out.MatcherUnavailableException;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import com.tailorjob.domain.match.ScoreBreakdown;
import com.tailorjob.domain.match.TokenUsage;
import com.tailorjob.domain.parse.CvSections;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Matcher v5.1: the local matcher's skill, experience and education analysis combined with the
 * semantic similarity of the in-process embedding model, and, when a chat model is configured,
 * its explanation and a score adjustment of at most +-10. The score weighs skills
 * {@value #SKILLS_WEIGHT}%, semantic similarity {@value #SEMANTIC_WEIGHT}% (reported as the
 * breakdown's keywords component), experience {@value #EXPERIENCE_WEIGHT}% and education
 * {@value #EDUCATION_WEIGHT}%. Embedding work costs nothing; chat calls are priced per model.
 */
public final class AiMatcher implements Matcher {

  /** The reason given when the embedding model itself fails. */
  static final String EMBEDDING_FAILED = "embedding_failed";

  static final int SKILLS_WEIGHT = 40;
  static final int SEMANTIC_WEIGHT = 30;
  static final int EXPERIENCE_WEIGHT = 20;
  static final int EDUCATION_WEIGHT = 10;

  private final LocalMatcher local;
  private final SemanticScorer semantic;
  private final Optional<ChatAdvisor> advisor;
  private final String model;

  /**
   * @param semantic the shared embedding model; loading one takes a second or two
   */
  public AiMatcher(AiMatcherSettings settings, LocalMatcher local, SemanticScorer semantic) {
    this.local = Objects.requireNonNull(local, "local");
    this.semantic = Objects.requireNonNull(semantic, "semantic");
    this.advisor = settings.chat()
        .map(chat -> new ChatAdvisor(chat, settings.priceOf(chat.modelName())));
    this.model = SemanticScorer.MODEL_ID
        + settings.chat().map(chat -> "+" + chat.modelName()).orElse("");
  }

  @Override
  public MatcherVersion version() {
    return MatcherVersion.V5_1;
  }

  /** {@code all-minilm-l6-v2-q}, or {@code all-minilm-l6-v2-q+<chat model>} with a chat model. */
  @Override
  public String model() {
    return model;
  }

  /** The models and the local rules' vocabulary, which v5.1 scores with too. */
  @Override
  public String fingerprint() {
    return model + "+" + local.fingerprint();
  }

  @Override
  public MatchResult match(CvSections cv, JobPosting job) {
    MatchResult rules = local.match(cv, job);
    SemanticScorer.SemanticMatch similarity = similarity(cv, job);
    ScoreBreakdown breakdown = new ScoreBreakdown(rules.breakdown().skills(),
        rules.breakdown().experience(), rules.breakdown().education(), similarity.percent());
    TokenUsage embedding = new TokenUsage(similarity.tokens(), 0, BigDecimal.ZERO);
    int baseline = scoreOf(breakdown);

    if (advisor.isEmpty()) {
      return result(baseline, rules, breakdown, rules.explanation(), embedding);
    }
    ChatAdvisor.Advice advice = advisor.get().advise(cv, job, rules);
    int adjusted = Math.max(0, Math.min(100, baseline + advice.scoreAdjustment()));
    return result(adjusted, rules, breakdown, advice.explanation(),
        embedding.plus(advice.usage()));
  }

  /** A failure of the embedding model is v5.1's, and the caller falls back to v3.0 for it. */
  private SemanticScorer.SemanticMatch similarity(CvSections cv, JobPosting job) {
    try {
      return semantic.score(cv, job);
    } catch (RuntimeException e) {
      throw new MatcherUnavailableException(EMBEDDING_FAILED,
          "the embedding model failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private MatchResult result(int score, MatchResult rules, ScoreBreakdown breakdown,
      String explanation, TokenUsage usage) {
    return new MatchResult(score, MatcherVersion.V5_1, model, rules.matchedSkills(),
        rules.missingSkills(), breakdown, explanation, usage);
  }

  static int scoreOf(ScoreBreakdown breakdown) {
    double weighted = SKILLS_WEIGHT * breakdown.skills()
        + SEMANTIC_WEIGHT * breakdown.keywords()
        + EXPERIENCE_WEIGHT * breakdown.experience()
        + EDUCATION_WEIGHT * breakdown.education();
    return (int) Math.max(0, Math.min(100, Math.round(weighted / 100)));
  }
}
