package com.tailorjob.adapters.ai.testing;

import java.util.List;

/** The wording of the sample CVs, line by line, shared by the PDF and DOCX builders. */
public final class CvTexts {

  private CvTexts() {}

  /** A backend software engineer, one column, UPPER CASE headings. */
  public static final List<String> SOFTWARE_ENGINEER = List.of(
      "Alex Morgan",
      "alex.morgan@example.com | +44 7700 900123 | github.com/alexmorgan",
      "SUMMARY",
      "Backend engineer with eight years of experience building payment platforms.",
      "TECHNICAL SKILLS",
      "Languages: Java, Kotlin, Python, C++",
      "Frameworks: Spring Boot, Node.js, React",
      "Tools: Docker; Kubernetes; PostgreSQL | Git",
      "WORK EXPERIENCE",
      "Senior Software Engineer at Acme Payments",
      "Jan 2020 – Present",
      "• Led the migration of the settlement service to Kubernetes.",
      "• Cut p99 latency of the payments API by 40%.",
      "Software Engineer, Initech",
      "03/2016 - 12/2019",
      "• Built the order tracking service in Java and Kafka.",
      "- Mentored three junior developers.",
      "EDUCATION",
      "BSc Computer Science, University of Leeds, 2012 - 2015",
      "CERTIFICATIONS",
      "AWS Certified Solutions Architect, Amazon Web Services, 2022",
      "Certified Kubernetes Administrator - The Linux Foundation - 2021",
      "INTERESTS",
      "Climbing, chess");

  /** A nurse, with headings in Title Case, with colons, and in UPPER CASE. */
  public static final List<String> NURSE = List.of(
      "Priya Shah, RN",
      "priya.shah@example.org",
      "Profile",
      "Compassionate registered nurse with six years of acute and critical care experience.",
      "Key Skills:",
      "Patient assessment · Medication administration · IV therapy",
      "Wound care, Electronic health records (EHR)",
      "CAREER HISTORY",
      "Senior Staff Nurse | St Thomas' Hospital",
      "Jun 2019 – Present",
      "• Coordinate care for a 24-bed cardiac ward.",
      "Staff Nurse | Royal Free Hospital",
      "Sep 2016 – May 2019",
      "• Administered medication and monitored post-operative patients.",
      "Academic Background:",
      "BSc (Hons) Adult Nursing",
      "King's College London",
      "2013 – 2016",
      "Licenses & Certifications",
      "Basic Life Support (BLS), Resuscitation Council UK, 2023",
      "NMC Registered Nurse by Nursing and Midwifery Council");

  /** The sidebar of a two-column data analyst CV. */
  public static final List<String> DATA_ANALYST_SIDEBAR = List.of(
      "Sam Lee",
      "CONTACT",
      "sam.lee@example.com",
      "+1 415 555 0134",
      "linkedin.com/in/samlee",
      "SKILLS",
      "SQL",
      "Python (pandas, NumPy)",
      "Tableau",
      "Power BI",
      "Excel",
      "CERTIFICATIONS",
      "Google Data Analytics by Google",
      "Tableau Desktop Specialist, 2021");

  /** The main column of the two-column data analyst CV. */
  public static final List<String> DATA_ANALYST_MAIN = List.of(
      "PROFILE",
      "Data analyst who turns messy operational data into decisions.",
      "EXPERIENCE",
      "Data Analyst at Northwind Traders",
      "2021 - Present",
      "• Built weekly sales dashboards in Tableau for 40 managers.",
      "• Automated monthly reporting with Python and SQL.",
      "Junior Analyst, Contoso Retail",
      "2019 - 2021",
      "• Cleaned and reconciled inventory data.",
      "EDUCATION",
      "MSc Business Analytics",
      "University of Manchester",
      "2018 - 2019",
      "BA Economics, University of Leeds, 2015 - 2018");
}
