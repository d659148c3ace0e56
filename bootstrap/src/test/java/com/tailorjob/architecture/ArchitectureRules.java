package com.tailorjob.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/** The module rules of DESIGN.md as ArchUnit rules, shared by the check and its self-test. */
final class ArchitectureRules {

  static final String DOMAIN = "com.tailorjob.domain..";
  static final String APPLICATION = "com.tailorjob.application..";
  static final String PORTS = "com.tailorjob.application.port..";
  static final String ADAPTERS = "com.tailorjob.adapters..";
  static final String LOGGING_ADAPTER = "com.tailorjob.adapters.logging..";
  static final String BOOTSTRAP = "com.tailorjob.bootstrap..";

  /**
   * The one place allowed to print: Main's report of a configuration it cannot start with,
   * written before logging can exist, since the configuration says where logs go.
   */
  static final String START_UP_ERROR_REPORT = "com.tailorjob.bootstrap.Main.configOrExit()";

  /**
   * Production classes of every module, whether the reactor hands them over as class folders or
   * as jars; test classes and test-jars (fakes implement ports on purpose) are left out.
   */
  static final ImportOption PRODUCTION_CODE = location ->
      !location.contains("/test-classes/") && !location.contains("-tests.jar");

  private ArchitectureRules() {}

  static final ArchRule DOMAIN_IS_PURE = classes()
      .that().resideInAPackage(DOMAIN)
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
      .because("the domain holds values and rules that no framework may shape");

  static final ArchRule APPLICATION_USES_ONLY_DOMAIN_AND_INJECT = classes()
      .that().resideInAPackage(APPLICATION)
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "jakarta.inject..", DOMAIN, APPLICATION)
      .because("use cases speak to the world only through their ports");

  static final ArchRule ADAPTERS_DO_NOT_IMPORT_EACH_OTHER = slices()
      .matching("com.tailorjob.adapters.(*)..")
      .should().notDependOnEachOther()
      .because("each adapter plugs into a port; only bootstrap puts them together");

  static final ArchRule NOTHING_IMPORTS_BOOTSTRAP = noClasses()
      .that().resideOutsideOfPackage(BOOTSTRAP)
      .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
      .because("bootstrap is the outermost ring: it wires, nobody depends on it");

  static final ArchRule ONLY_BOOTSTRAP_KNOWS_GUICE = noClasses()
      .that().resideOutsideOfPackage(BOOTSTRAP)
      .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
      .because("wiring is bootstrap's job; the rest uses plain constructors and jakarta.inject");

  static final ArchRule ONLY_THE_LOGGING_ADAPTER_KNOWS_LOG4J = noClasses()
      .that().resideOutsideOfPackage(LOGGING_ADAPTER)
      .should().dependOnClassesThat().resideInAPackage("org.apache.logging.log4j..")
      .because("log4j2 is the logging adapter's business; other code logs through SLF4J");

  /**
   * GeneralCodingRules has conditions for all three, but ACCESS_STANDARD_STREAMS cannot spare
   * one method, and USE_JAVA_UTIL_LOGGING sees only a field of a java.util.logging type being
   * set, not a call such as {@code Logger.getLogger(name).info(text)}. So the rule states them
   * itself: any use of java.util.logging, System.out and System.err, and the no-argument
   * printStackTrace, with the start-up report as the one exception.
   */
  static final ArchRule TECHNICAL_LOGGING_GOES_THROUGH_SLF4J = noClasses()
      .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
      .orShould().accessFieldWhere(standardStreamOutside(START_UP_ERROR_REPORT))
      .orShould().callMethodWhere(printStackTraceToStandardError())
      .because("technical detail is logged through SLF4J to log4j2, where the layouts, levels"
          + " and async queue apply; only a failed start-up, before logging exists, prints");

  static final ArchRule PORTS_ARE_INTERFACES = classes()
      .that().resideInAPackage(PORTS)
      .and().areTopLevelClasses()
      .and().areNotAssignableTo(Throwable.class)
      .should().beInterfaces()
      .because("a port is a contract that adapters implement");

  static final ArchRule USE_CASES_DEPEND_ONLY_ON_PORTS = noClasses()
      .that().resideInAPackage(APPLICATION)
      .and().resideOutsideOfPackage(PORTS)
      .should().dependOnClassesThat(implementPorts())
      .because("use cases must not reach past a port to one of its implementations");

  static List<ArchRule> all() {
    return List.of(DOMAIN_IS_PURE, APPLICATION_USES_ONLY_DOMAIN_AND_INJECT,
        ADAPTERS_DO_NOT_IMPORT_EACH_OTHER, NOTHING_IMPORTS_BOOTSTRAP,
        ONLY_BOOTSTRAP_KNOWS_GUICE, ONLY_THE_LOGGING_ADAPTER_KNOWS_LOG4J,
        TECHNICAL_LOGGING_GOES_THROUGH_SLF4J, PORTS_ARE_INTERFACES,
        USE_CASES_DEPEND_ONLY_ON_PORTS);
  }

  private static DescribedPredicate<JavaFieldAccess> standardStreamOutside(String codeUnit) {
    Set<String> streams = Set.of("out", "err");
    return describe("System.out or System.err outside " + codeUnit, access ->
        access.getTargetOwner().isEquivalentTo(System.class)
            && streams.contains(access.getName())
            && !access.getOrigin().getFullName().equals(codeUnit));
  }

  private static DescribedPredicate<JavaMethodCall> printStackTraceToStandardError() {
    return describe("Throwable.printStackTrace()", call ->
        call.getName().equals("printStackTrace")
            && call.getTargetOwner().isAssignableTo(Throwable.class)
            && call.getTarget().getRawParameterTypes().isEmpty());
  }

  /**
   * Named classes that implement a port interface. An anonymous class inside a use case only
   * adapts a value to a port-typed parameter, so it does not count as reaching past a port.
   */
  private static DescribedPredicate<JavaClass> implementPorts() {
    return describe("implement a port", javaClass -> !javaClass.isInterface()
        && !javaClass.isAnonymousClass()
        && javaClass.getAllRawInterfaces().stream()
            .anyMatch(type -> type.getPackageName().startsWith("com.tailorjob.application.port")));
  }
}
