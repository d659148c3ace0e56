package com.tailorjob.adapters.ai.matching;

import com.tailorjob.adapters.ai.matching.SkillVocabulary.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds vocabulary skills in a token stream with a token trie built once, taking the longest
 * name at each position, so one pass over the text finds every skill whatever the table's size.
 */
final class SkillScanner {

  /** How near (in tokens) an unambiguous skill must be for "go" or "r" to count as a skill. */
  private static final int CONTEXT_DISTANCE = 3;

  private final Node root = new Node();

  SkillScanner(Map<String, Term> byTokens) {
    byTokens.forEach((tokens, term) -> {
      Node node = root;
      for (String token : tokens.split(" ")) {
        node = node.children.computeIfAbsent(token, ignored -> new Node());
      }
      node.term = term;
    });
  }

  /** Canonical names in order of first mention, without duplicates. */
  List<String> scan(List<String> tokens, boolean listContext) {
    List<Hit> hits = hits(tokens);
    Set<String> found = new LinkedHashSet<>();
    for (Hit hit : hits) {
      if (!hit.term().ambiguous() || listContext || nearUnambiguous(hit, hits)) {
        found.add(hit.term().canonical());
      }
    }
    return List.copyOf(found);
  }

  private List<Hit> hits(List<String> tokens) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Hit longest = longestAt(tokens, i);
      if (longest == null) {
        i++;
      } else {
        hits.add(longest);
        i = longest.end();
      }
    }
    return hits;
  }

  private Hit longestAt(List<String> tokens, int start) {
    Hit longest = null;
    Node node = root;
    for (int i = start; i < tokens.size(); i++) {
      node = node.children.get(tokens.get(i));
      if (node == null) {
        break;
      }
      if (node.term != null) {
        longest = new Hit(node.term, start, i + 1);
      }
    }
    return longest;
  }

  private static boolean nearUnambiguous(Hit hit, List<Hit> hits) {
    for (Hit other : hits) {
      if (other != hit && !other.term().ambiguous() && gap(hit, other) <= CONTEXT_DISTANCE) {
        return true;
      }
    }
    return false;
  }

  private static int gap(Hit a, Hit b) {
    return a.start() >= b.end() ? a.start() - b.end() : b.start() - a.end();
  }

  private record Hit(Term term, int start, int end) {}

  private static final class Node {
    private final Map<String, Node> children = new HashMap<>();
    private Term term;
  }
}
