package com.tailorjob.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the production classes of every module against the rules of DESIGN.md. */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void import_every_module() {
    production = new ClassFileImporter()
        .withImportOption(ArchitectureRules.PRODUCTION_CODE)
        .importPackages("com.tailorjob");
  }

  @Test
  void the_domain_depends_on_the_jdk_alone() {
    ArchitectureRules.DOMAIN_IS_PURE.check(production);
  }

  @Test
  void the_application_adds_only_jakarta_inject() {
    ArchitectureRules.APPLICATION_USES_ONLY_DOMAIN_AND_INJECT.check(production);
  }

  @Test
  void adapters_never_import_each_other() {
    ArchitectureRules.ADAPTERS_DO_NOT_IMPORT_EACH_OTHER.check(production);
  }

  @Test
  void nothing_imports_bootstrap() {
    ArchitectureRules.NOTHING_IMPORTS_BOOTSTRAP.check(production);
  }

  @Test
  void only_bootstrap_knows_guice() {
    ArchitectureRules.ONLY_BOOTSTRAP_KNOWS_GUICE.check(production);
  }

  @Test
  void only_the_logging_adapter_knows_log4j() {
    ArchitectureRules.ONLY_THE_LOGGING_ADAPTER_KNOWS_LOG4J.check(production);
  }

  @Test
  void technical_logging_goes_through_slf4j() {
    ArchitectureRules.TECHNICAL_LOGGING_GOES_THROUGH_SLF4J.check(production);
  }

  @Test
  void ports_are_interfaces() {
    ArchitectureRules.PORTS_ARE_INTERFACES.check(production);
  }

  @Test
  void use_cases_depend_only_on_ports() {
    ArchitectureRules.USE_CASES_DEPEND_ONLY_ON_PORTS.check(production);
  }
}
