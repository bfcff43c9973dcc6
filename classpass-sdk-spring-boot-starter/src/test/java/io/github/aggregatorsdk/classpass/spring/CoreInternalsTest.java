package io.github.aggregatorsdk.classpass.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The starter builds on the core's API only: ARCHITECTURE.md, "Packages of the core", allows no
 * {@code internal} package to be used from another artifact.
 */
@AnalyzeClasses(packages = "io.github.aggregatorsdk.classpass.spring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreInternalsTest {

  /*
   * ListenerFanOut and StartupRegistration are known uses from before this rule, to be removed
   * rather than added to: both log a host exception at DEBUG through the core's MessageWithheld,
   * which has no public equivalent yet. Any other class of the starter that uses the core's
   * internals fails the build.
   */
  @ArchTest
  static final ArchRule starterDoesNotUseTheCoresInternals =
      noClasses().that().resideInAPackage("io.github.aggregatorsdk.classpass.spring..")
          .and().doNotHaveFullyQualifiedName(ListenerFanOut.class.getName())
          .and().doNotHaveFullyQualifiedName(StartupRegistration.class.getName())
          .should().dependOnClassesThat()
          .resideInAPackage("io.github.aggregatorsdk.classpass.internal..")
          .because("no internal package of the core is used from another artifact "
              + "(ARCHITECTURE.md, 'Packages of the core')");
}
