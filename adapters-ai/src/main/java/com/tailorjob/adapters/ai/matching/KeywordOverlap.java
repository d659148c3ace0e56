package com.tailorjob.adapters.ai.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a posting's wording a CV shares, BM25-style: each distinct posting term weighs
 * {@code idf * (1 + ln tf)}, and a CV earns a saturating share of it, {@code tf / (tf + k1)}, so
 * one mention counts and repeating a word ten times gains little.
 *
 * <p>There is no corpus to learn document frequencies from (one posting and one CV make none:
 * every shared term would get the same IDF), so the IDF is two-level: 1 for content words and
 * {@value #GENERIC_WEIGHT} for the words most postings use whatever the job ("experience",
 * "team"), which the shipped {@code generic-job-terms.txt} lists. Stop words are dropped
 * before. A CV that shares {@value #FULL_MARKS} of the weighted wording earns full marks: a CV
 * never repeats a posting's sentences, and scoring against all of them would pull every CV
 * toward zero.
 */
final class KeywordOverlap {

  static final double GENERIC_WEIGHT = 0.25;
  static final double FULL_MARKS = 0.5;
  private static final double K1 = 0.5;

  private KeywordOverlap() {}

  static int percent(List<String> jobTerms, Map<String, Integer> cvTermCounts) {
    Map<String, Integer> jobCounts = new LinkedHashMap<>();
    jobTerms.forEach(term -> jobCounts.merge(term, 1, Integer::sum));

    double total = 0;
    double shared = 0;
    for (Map.Entry<String, Integer> entry : jobCounts.entrySet()) {
      double weight = idf(entry.getKey()) * (1 + Math.log(entry.getValue()));
      int cvCount = cvTermCounts.getOrDefault(entry.getKey(), 0);
      total += weight;
      shared += weight * cvCount / (cvCount + K1);
    }

    if (total == 0) {
      return 0;
    }
    return (int) Math.round(100 * Math.min(1, shared / total / FULL_MARKS));
  }

  private static double idf(String term) {
    return Terms.isGeneric(term) ? GENERIC_WEIGHT : 1;
  }
}
