package com.tailorjob.adapters.ai.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tailorjob.adapters.ai.extraction.CvTextExtractor;
import com.tailorjob.adapters.ai.testing.CvDocuments;
import com.tailorjob.application.port.out.ByteSource;
import com.tailorjob.domain.cv.CvFormat;
import com.tailorjob.domain.parse.CvSections;
import com.tailorjob.domain.parse.CvSections.CertificationEntry;
import com.tailorjob.domain.parse.CvSections.EducationEntry;
import com.tailorjob.domain.parse.CvSections.ExperienceEntry;
import com.tailorjob.domain.parse.ExtractionLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Real files through both adapters: what a parse of each sample CV must find. */
class CvDocumentSectionsTest {

  private static final CvTextExtractor EXTRACTOR =
      new CvTextExtractor(ExtractionLimits.standard());

  private final HeuristicSectionExtractor sections = new HeuristicSectionExtractor();

  @AfterAll
  static void stop_the_timer() {
    EXTRACTOR.close();
  }

  @Test
  void finds_the_skills_of_the_software_engineer_pdf() {
    CvSections cv = parse(CvDocuments.softwareEngineerPdf(), CvFormat.PDF);

    assertThat(cv.skills()).containsExactly("java", "kotlin", "python", "c++", "spring boot",
        "node.js", "react", "docker", "kubernetes", "postgresql", "git");
  }

  @Test
  void finds_the_jobs_of_the_software_engineer_pdf() {
    CvSections cv = parse(CvDocuments.softwareEngineerPdf(), CvFormat.PDF);

    assertThat(cv.experience())
        .extracting(ExperienceEntry::title, ExperienceEntry::organisation, ExperienceEntry::period)
        .containsExactly(
            tuple(
                "Senior Software Engineer", "Acme Payments", "Jan 2020 – Present"),
            tuple(
                "Software Engineer", "Initech", "03/2016 - 12/2019"));
    assertThat(cv.experience().get(1).highlights()).containsExactly(
        "Built the order tracking service in Java and Kafka.",
        "Mentored three junior developers.");
  }

  @Test
  void finds_the_education_and_certifications_of_the_software_engineer_pdf() {
    CvSections cv = parse(CvDocuments.softwareEngineerPdf(), CvFormat.PDF);

    assertThat(cv.education()).containsExactly(
        new EducationEntry("BSc Computer Science", "University of Leeds", "2012 - 2015"));
    assertThat(cv.certifications()).containsExactly(
        new CertificationEntry("AWS Certified Solutions Architect", "Amazon Web Services", "2022"),
        new CertificationEntry(
            "Certified Kubernetes Administrator", "The Linux Foundation", "2021"));
  }

  @Test
  void finds_the_summary_and_contact_line_of_the_software_engineer_pdf() {
    CvSections cv = parse(CvDocuments.softwareEngineerPdf(), CvFormat.PDF);

    assertThat(cv.summary())
        .isEqualTo("Backend engineer with eight years of experience building payment platforms.");
    assertThat(cv.contact())
        .containsExactly("alex.morgan@example.com | +44 7700 900123 | github.com/alexmorgan");
  }

  @Test
  void finds_the_same_sections_in_the_docx_as_in_the_pdf_of_one_cv() {
    CvSections fromDocx = parse(CvDocuments.softwareEngineerDocx(), CvFormat.DOCX);

    assertThat(fromDocx).isEqualTo(parse(CvDocuments.softwareEngineerPdf(), CvFormat.PDF));
  }

  @Test
  void finds_every_section_of_the_nurse_pdf_under_mixed_heading_styles() {
    CvSections cv = parse(CvDocuments.nursePdf(), CvFormat.PDF);

    assertThat(cv.skills()).containsExactly("patient assessment", "medication administration",
        "iv therapy", "wound care", "electronic health records (ehr)");
    assertThat(cv.experience())
        .extracting(ExperienceEntry::title, ExperienceEntry::organisation, ExperienceEntry::period)
        .containsExactly(
            tuple(
                "Senior Staff Nurse", "St Thomas' Hospital", "Jun 2019 – Present"),
            tuple(
                "Staff Nurse", "Royal Free Hospital", "Sep 2016 – May 2019"));
    assertThat(cv.education()).containsExactly(
        new EducationEntry("BSc (Hons) Adult Nursing", "King's College London", "2013 – 2016"));
    assertThat(cv.certifications()).containsExactly(
        new CertificationEntry("Basic Life Support (BLS)", "Resuscitation Council UK", "2023"),
        new CertificationEntry("NMC Registered Nurse", "Nursing and Midwifery Council", ""));
  }

  @Test
  void finds_the_sections_of_both_columns_of_the_data_analyst_pdf() {
    CvSections cv = parse(CvDocuments.twoColumnDataAnalystPdf(), CvFormat.PDF);

    assertThat(cv.skills())
        .containsExactly("sql", "python (pandas, numpy)", "tableau", "power bi", "excel");
    assertThat(cv.experience())
        .extracting(ExperienceEntry::title, ExperienceEntry::organisation, ExperienceEntry::period)
        .containsExactly(
            tuple(
                "Data Analyst", "Northwind Traders", "2021 - Present"),
            tuple("Junior Analyst", "Contoso Retail", "2019 - 2021"));
    assertThat(cv.education()).extracting(EducationEntry::institution)
        .containsExactly("University of Manchester", "University of Leeds");
    assertThat(cv.certifications()).extracting(CertificationEntry::name)
        .containsExactly("Google Data Analytics", "Tableau Desktop Specialist");
    assertThat(cv.contact())
        .containsExactly("sam.lee@example.com", "+1 415 555 0134", "linkedin.com/in/samlee");
  }

  @Test
  void finds_skills_laid_out_in_a_docx_table() {
    CvSections cv = parse(CvDocuments.skillsTableDocx(), CvFormat.DOCX);

    assertThat(cv.skills())
        .containsExactly("java", "python", "sql", "docker", "terraform", "aws");
    assertThat(cv.experience()).extracting(ExperienceEntry::title)
        .containsExactly("Platform Engineer");
  }

  @Test
  void finds_skills_written_in_a_docx_text_box() {
    CvSections cv = parse(CvDocuments.textBoxDocx(), CvFormat.DOCX);

    assertThat(cv.skills()).containsExactly("go", "rust", "grpc");
    assertThat(cv.experience()).extracting(ExperienceEntry::organisation)
        .containsExactly("Hooli");
  }

  private CvSections parse(byte[] file, CvFormat format) {
    return sections.extract(EXTRACTOR.extract(ByteSource.ofBytes(file), format));
  }
}
