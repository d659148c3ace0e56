package com.tailorjob.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that each architecture rule can fail: the {@code violation} packages under test hold
 * one deliberate breach per rule, and each rule must report its breach by name. A rule that
 * checked a package that does not exist, or nothing at all, would fail here.
 */
class ArchitectureRulesCanFailTest {

  private static JavaClasses productionAndViolations;

  @BeforeAll
  static void import_production_code_and_the_deliberate_violations() {
    productionAndViolations = new ClassFileImporter()
        .withImportOption(location -> ArchitectureRules.PRODUCTION_CODE.includes(location)
            || location.contains("/violation/"))
        .importPackages("com.tailorjob");
  }

  @Test
  void the_domain_rule_catches_a_domain_class_using_a_framework() {
    assertCaught(ArchitectureRules.DOMAIN_IS_PURE, "DomainValueUsingInjection");
  }

  @Test
  void the_application_rule_catches_a_use_case_that_logs_directly() {
    assertCaught(ArchitectureRules.APPLICATION_USES_ONLY_DOMAIN_AND_INJECT, "UseCaseThatLogs");
  }

  @Test
  void the_adapter_rule_catches_an_adapter_reaching_into_another() {
    assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_IMPORT_EACH_OTHER,
        "HttpRouteReachingIntoStorage");
  }

  @Test
  void the_bootstrap_rule_catches_an_adapter_reading_bootstrap_settings() {
    assertCaught(ArchitectureRules.NOTHING_IMPORTS_BOOTSTRAP, "AdapterReadingBootstrapSettings");
  }

  @Test
  void the_guice_rule_catches_an_adapter_wiring_itself() {
    assertCaught(ArchitectureRules.ONLY_BOOTSTRAP_KNOWS_GUICE, "AdapterWiringItself");
  }

  @Test
  void the_log4j_rule_catches_another_module_using_log4j() {
    assertCaught(ArchitectureRules.ONLY_THE_LOGGING_ADAPTER_KNOWS_LOG4J, "AdapterUsingLog4j");
  }

  @Test
  void the_slf4j_rule_catches_an_adapter_printing_to_standard_output() {
    assertCaught(ArchitectureRules.TECHNICAL_LOGGING_GOES_THROUGH_SLF4J,
        "AdapterPrintingToStandardOutput");
  }

  @Test
  void the_slf4j_rule_catches_an_adapter_printing_a_stack_trace() {
    assertCaught(ArchitectureRules.TECHNICAL_LOGGING_GOES_THROUGH_SLF4J,
        "AdapterPrintingAStackTrace");
  }

  @Test
  void the_slf4j_rule_catches_an_adapter_calling_java_util_logging() {
    assertCaught(ArchitectureRules.TECHNICAL_LOGGING_GOES_THROUGH_SLF4J,
        "AdapterUsingJavaUtilLogging");
  }

  @Test
  void the_slf4j_rule_catches_bootstrap_printing_beside_the_start_up_report() {
    assertCaught(ArchitectureRules.TECHNICAL_LOGGING_GOES_THROUGH_SLF4J,
        "BootstrapPrintingToStandardError");
  }

  @Test
  void the_port_rule_catches_a_concrete_class_among_the_ports() {
    assertCaught(ArchitectureRules.PORTS_ARE_INTERFACES, "ConcreteRepository");
  }

  @Test
  void the_use_case_rule_catches_a_use_case_bypassing_its_port() {
    assertCaught(ArchitectureRules.USE_CASES_DEPEND_ONLY_ON_PORTS, "UseCaseBypassingItsPort");
  }

  @Test
  void every_rule_has_a_deliberate_violation() {
    assertThat(ArchitectureRules.all()).hasSize(9);
  }

  private static void assertCaught(ArchRule rule, String violatingClass) {
    List<String> details =
        rule.evaluate(productionAndViolations).getFailureReport().getDetails();

    assertThat(details).anySatisfy(line -> assertThat(line).contains(violatingClass));
  }
}
