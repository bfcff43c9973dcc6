package io.github.aggregatorsdk.classpass.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The starter builds on the core's API only: ARCHITECTURE.md, "Packages of the core", allows no
 * {@code internal} package to be used from another artifact — the core's shared {@code internal}
 * package nor any concern's own ({@code model.internal}, {@code mapping.internal}, …).
 */
@AnalyzeClasses(packages = "io.github.aggregatorsdk.classpass.spring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreInternalsTest {

  @ArchTest
  static final ArchRule starterDoesNotUseTheCoresInternals =
      noClasses().that().resideInAPackage("io.github.aggregatorsdk.classpass.spring..")
          .should().dependOnClassesThat()
          .resideInAPackage("io.github.aggregatorsdk.classpass..internal..")
          .because("no internal package of the core is used from another artifact "
              + "(ARCHITECTURE.md, 'Packages of the core')");
}
