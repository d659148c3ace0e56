package com.tailorjob.adapters.ai.matching;

import com.tailorjob.application.port.out.RequirementExtractor;
import java.util.List;
import java.util.Objects;

/**
 * Finds the skills a posting asks for by looking up every name and synonym of the skill
 * vocabulary in its title and description, whole words only. Everyday words that are also
 * skills, such as "Go", count only beside another skill, as in "Java, Go or Rust".
 */
public final class KeywordRequirementExtractor implements RequirementExtractor {

  private final SkillVocabulary vocabulary;

  public KeywordRequirementExtractor(SkillVocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  @Override
  public List<String> requirementsOf(String title, String description) {
    return vocabulary.skillsIn(title + "\n" + description);
  }
}
