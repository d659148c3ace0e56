package com.tailorjob.adapters.ai.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillVocabularyTest {

  private final SkillVocabulary vocabulary = SkillVocabulary.standard();

  @ParameterizedTest
  @CsvSource({
      "JS, javascript",
      "k8s, kubernetes",
      "Postgres, postgresql",
      "psql, postgresql",
      "CSharp, c#",
      "nodejs, node.js",
      "Node JS, node.js",
      "ML, machine learning",
      "Basic Life Support, bls",
      "'  Spring   Boot ', spring boot",
      "CI / CD, ci/cd"})
  void maps_a_synonym_in_any_case_and_spacing_to_its_canonical_name(String written,
      String canonical) {
    String normalised = vocabulary.normalise(written);

    assertThat(normalised).isEqualTo(canonical);
  }

  @Test
  void cleans_an_unknown_skill_without_inventing_a_name() {
    String normalised = vocabulary.normalise("  Underwater   Basket Weaving ");

    assertThat(normalised).isEqualTo("underwater basket weaving");
  }

  @Test
  void ships_a_table_of_common_technical_and_other_skills() {
    assertThat(vocabulary.size()).isGreaterThanOrEqualTo(150);
  }

  @Test
  void writes_canonical_names_in_sentences_as_the_table_does() {
    assertThat(vocabulary.displayName("javascript")).isEqualTo("JavaScript");
  }

  @Test
  void learns_extra_skills_and_synonyms_from_configuration() {
    SkillVocabulary extended = SkillVocabulary.standardWith(Map.of(
        "Guidewire", List.of("guidewire policycenter", "gw"),
        "Kubernetes", List.of("kates")));

    assertThat(List.of(extended.normalise("GW"), extended.normalise("kates"),
        extended.normalise("k8s"))).containsExactly("guidewire", "kubernetes", "kubernetes");
  }

  @Test
  void learns_extra_skills_from_a_file_in_the_table_format(@TempDir Path dir) throws IOException {
    Path extra = dir.resolve("synonyms.txt");
    Files.writeString(extra, "# ours\nMulesoft: mule, anypoint\n");

    SkillVocabulary extended = SkillVocabulary.standardWith(extra);

    assertThat(extended.normalise("Anypoint")).isEqualTo("mulesoft");
  }

  @Test
  void names_the_file_and_line_of_a_malformed_extra_entry(@TempDir Path dir) throws IOException {
    Path extra = dir.resolve("broken.txt");
    Files.writeString(extra, "Mulesoft: mule\njust words\n");

    assertThatThrownBy(() -> SkillVocabulary.standardWith(extra))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken.txt line 2");
  }

  @Test
  void has_the_same_fingerprint_when_built_twice() {
    assertThat(SkillVocabulary.standard().fingerprint())
        .isEqualTo(SkillVocabulary.standard().fingerprint());
  }

  @Test
  void changes_its_fingerprint_when_a_synonym_is_added() {
    SkillVocabulary extended =
        SkillVocabulary.standardWith(Map.of("kubernetes", List.of("kube-cluster")));

    assertThat(extended.fingerprint()).isNotEqualTo(SkillVocabulary.standard().fingerprint());
  }
}
