package com.tailorjob.application.port.out;

import java.util.List;

/** Finds the skills a job posting asks for in its free-text description. */
public interface RequirementExtractor {

  /** Normalised skill names, in order of first mention, without duplicates. */
  List<String> requirementsOf(String title, String description);
}
