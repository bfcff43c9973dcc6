package io.github.aggregatorsdk.classpass.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The test kit is a host's tool and builds on the core's API only, as a host would:
 * ARCHITECTURE.md, "Packages of the core", allows no {@code internal} package of the core to be
 * used from another artifact.
 */
@AnalyzeClasses(packages = "io.github.aggregatorsdk.classpass.test",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreInternalsTest {

  @ArchTest
  static final ArchRule testKitDoesNotUseTheCoresInternals =
      noClasses().that().resideInAPackage("io.github.aggregatorsdk.classpass.test..")
          .should().dependOnClassesThat()
          .resideInAPackage("io.github.aggregatorsdk.classpass..internal..")
          .because("no internal package of the core is used from another artifact "
              + "(ARCHITECTURE.md, 'Packages of the core')");
}
