package com.tailorjob.adapters.ai.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordRequirementExtractorTest {

  private final KeywordRequirementExtractor extractor =
      new KeywordRequirementExtractor(SkillVocabulary.standard());

  @Test
  void finds_the_skills_of_a_realistic_posting_in_order_of_first_mention() {
    List<String> requirements =
        extractor.requirementsOf("Backend Engineer (Java)", SampleJobs.BACKEND_DESCRIPTION);

    assertThat(requirements).containsExactly("java", "kotlin", "spring boot", "kubernetes",
        "aws", "terraform", "postgresql", "apache kafka", "observability", "sql", "rest apis",
        "docker", "ci/cd");
  }

  @Test
  void maps_synonyms_to_canonical_names_and_lists_each_skill_once() {
    List<String> requirements = extractor.requirementsOf("Platform Engineer",
        "You know K8s, JS and Postgres. Kubernetes operators are a plus; so is psql tuning.");

    assertThat(requirements).containsExactly("kubernetes", "javascript", "postgresql");
  }

  @Test
  void keeps_the_symbols_of_cpp_csharp_and_node() {
    List<String> requirements =
        extractor.requirementsOf("Developer", "We use C++, C# and Node.js. Also .NET.");

    assertThat(requirements).containsExactly("c++", "c#", "node.js", ".net");
  }

  @Test
  void matches_whole_words_only() {
    List<String> requirements = extractor.requirementsOf("Developer",
        "Scalable JavaScript services, written by javascripters and goalkeepers.");

    assertThat(requirements).containsExactly("javascript");
  }

  @Test
  void prefers_the_longest_name_at_a_position() {
    List<String> requirements = extractor.requirementsOf("Engineer",
        "Experience with Spring Boot, machine learning and GitHub Actions.");

    assertThat(requirements).containsExactly("spring boot", "machine learning", "github actions");
  }

  @Test
  void counts_go_as_a_skill_in_a_list_of_skills() {
    List<String> requirements = extractor.requirementsOf("Engineer", "You write Java, Go or Rust.");

    assertThat(requirements).containsExactly("java", "go", "rust");
  }

  @Test
  void ignores_go_and_excel_as_everyday_words() {
    List<String> requirements = extractor.requirementsOf("Engineer",
        "Java is a plus. You are ready to go the extra mile and excel at teamwork.");

    assertThat(requirements).containsExactly("java");
  }

  @Test
  void finds_non_technical_skills_such_as_nursing_certificates() {
    List<String> requirements = extractor.requirementsOf("Registered Nurse",
        "A current Basic Life Support certificate and experience with IV therapy.");

    assertThat(requirements).containsExactly("registered nurse", "bls", "iv therapy");
  }
}
