package com.tailorjob.adapters.ai.matching.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tailorjob.adapters.ai.matching.LocalMatcher;
import com.tailorjob.adapters.ai.matching.SampleJobs;
import com.tailorjob.adapters.ai.matching.SkillVocabulary;
import com.tailorjob.application.port.out.MatcherUnavailableException;
import com.tailorjob.domain.job.JobPosting;
import com.tailorjob.domain.match.MatchResult;
import com.tailorjob.domain.match.MatcherVersion;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AiMatcherEmbeddingTest {

  private static final LocalMatcher LOCAL = new LocalMatcher(SkillVocabulary.standard(),
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

  private static AiMatcher matcher;

  @BeforeAll
  static void load_the_embedding_model_once() {
    matcher = new AiMatcher(AiMatcherSettings.embeddingOnly(), LOCAL, new SemanticScorer());
  }

  @Test
  void scores_an_engineer_cv_far_above_a_nurse_cv_for_a_backend_job() {
    JobPosting job = SampleJobs.backendEngineer();

    int engineer = matcher.match(SampleJobs.softwareEngineerCv(), job).score();
    int nurse = matcher.match(SampleJobs.nurseCv(), job).score();

    assertThat(engineer).isGreaterThanOrEqualTo(nurse + 25);
  }

  @Test
  void scores_a_nurse_cv_far_above_an_analyst_cv_for_an_intensive_care_job() {
    JobPosting job = SampleJobs.intensiveCareNurse();

    int nurse = matcher.match(SampleJobs.nurseCv(), job).score();
    int analyst = matcher.match(SampleJobs.dataAnalystCv(), job).score();

    assertThat(nurse).isGreaterThanOrEqualTo(analyst + 25);
  }

  @Test
  void rates_the_meaning_of_a_related_cv_above_an_unrelated_one() {
    JobPosting job = SampleJobs.dataAnalyst();

    int analyst = matcher.match(SampleJobs.dataAnalystCv(), job).breakdown().keywords();
    int nurse = matcher.match(SampleJobs.nurseCv(), job).breakdown().keywords();

    assertThat(analyst).isGreaterThanOrEqualTo(nurse + 40);
  }

  @Test
  void counts_the_tokens_it_embedded_at_no_cost() {
    MatchResult result =
        matcher.match(SampleJobs.softwareEngineerCv(), SampleJobs.backendEngineer());

    assertThat(result.usage().inputTokens()).isPositive();
    assertThat(result.usage().outputTokens()).isZero();
    assertThat(result.usage().costUsd()).isZero();
  }

  @Test
  void takes_matched_and_missing_skills_from_the_local_analysis() {
    MatchResult ai = matcher.match(SampleJobs.dataAnalystCv(), SampleJobs.dataAnalyst());
    MatchResult local = LOCAL.match(SampleJobs.dataAnalystCv(), SampleJobs.dataAnalyst());

    assertThat(ai.matchedSkills()).isEqualTo(local.matchedSkills());
    assertThat(ai.missingSkills()).isEqualTo(local.missingSkills());
  }

  @Test
  void names_version_five_one_and_the_embedding_model() {
    MatchResult result = matcher.match(SampleJobs.nurseCv(), SampleJobs.intensiveCareNurse());

    assertThat(result.version()).isEqualTo(MatcherVersion.V5_1);
    assertThat(result.model()).isEqualTo("all-minilm-l6-v2-q").isEqualTo(matcher.model());
  }

  @Test
  void reports_a_failing_embedding_model_as_unavailable_so_the_caller_can_fall_back() {
    EmbeddingModel broken = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        throw new IllegalStateException("onnx session closed");
      }
    };
    AiMatcher failing =
        new AiMatcher(AiMatcherSettings.embeddingOnly(), LOCAL, new SemanticScorer(broken));

    MatcherUnavailableException failure = catchThrowableOfType(MatcherUnavailableException.class,
        () -> failing.match(SampleJobs.softwareEngineerCv(), SampleJobs.backendEngineer()));

    assertThat(failure.reason()).isEqualTo("embedding_failed");
  }
}
