package com.tailorjob.adapters.ai.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a job's required skills a CV lists, only mentions, or lacks, and the resulting
 * percentage: a listed skill earns full credit, a merely mentioned one {@value #MENTION_CREDIT}
 * of it, because a skill named in a sentence is weaker evidence than one the candidate lists.
 */
record SkillCoverage(List<String> listed, List<String> mentioned, List<String> missing) {

  static final double MENTION_CREDIT = 0.6;

  static SkillCoverage of(List<String> requirements, CvEvidence evidence) {
    List<String> listed = new ArrayList<>();
    List<String> mentioned = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String skill : requirements) {
      if (evidence.lists(skill)) {
        listed.add(skill);
      } else if (evidence.mentions(skill)) {
        mentioned.add(skill);
      } else {
        missing.add(skill);
      }
    }
    return new SkillCoverage(List.copyOf(listed), List.copyOf(mentioned), List.copyOf(missing));
  }

  /** Matched skills in the job's order, however strong the evidence. */
  List<String> matched(List<String> requirements) {
    return requirements.stream().filter(skill -> !missing.contains(skill)).toList();
  }

  boolean isEmpty() {
    return listed.isEmpty() && mentioned.isEmpty() && missing.isEmpty();
  }

  int percent() {
    int total = listed.size() + mentioned.size() + missing.size();
    if (total == 0) {
      return 0;
    }
    double credit = listed.size() + MENTION_CREDIT * mentioned.size();
    return (int) Math.round(100 * credit / total);
  }
}
