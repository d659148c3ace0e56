package com.tailorjob.adapters.ai.sections;

/** The parts of a CV that headings introduce; OTHER ends a section whose content is not used. */
enum SectionKind {
  SKILLS,
  EXPERIENCE,
  EDUCATION,
  CERTIFICATIONS,
  SUMMARY,
  CONTACT,
  OTHER
}
