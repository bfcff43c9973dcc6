package io.github.aggregatorsdk.classpass;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;

/**
 * The package table of ARCHITECTURE.md ("Packages of the core"), kept by the build: each
 * package's allowed dependencies, no cycles between packages, Feign and resilience4j only in the
 * client, no Spring in the core. Main classes only; tests may reach across packages.
 */
@AnalyzeClasses(packages = "io.github.aggregatorsdk.classpass",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PackageTableTest {

  private static final String TABLE = "ARCHITECTURE.md, 'Packages of the core'";
  private static final String BASE = "io.github.aggregatorsdk.classpass";

  /**
   * The SPI's paging records: the outbox is part of the host SPI (ARCHITECTURE.md, "The host
   * SPI"), and {@code OutboxStore.deadLetters} pages with them as every other host repository does.
   */
  private static final Class<?>[] SPI_PAGING = {Page.class, PageRequest.class};

  @ArchTest
  static final ArchRule packagesDependOnlyAsTheTableSays =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage(BASE + "..")
          .withOptionalLayers(true)
          .layer("root (composition root)").definedBy(BASE)
          .layer("model").definedBy(BASE + ".model..")
          .layer("client").definedBy(BASE + ".client..")
          .layer("spi").definedBy(BASE + ".spi..")
          .layer("customer").definedBy(BASE + ".customer..")
          .layer("booking").definedBy(BASE + ".booking..")
          .layer("mapping").definedBy(BASE + ".mapping..")
          .layer("outbox").definedBy(BASE + ".outbox..")
          .layer("sync").definedBy(BASE + ".sync..")
          .layer("partnerapi").definedBy(BASE + ".partnerapi..")
          .layer("ops").definedBy(BASE + ".ops..")
          .layer("internal").definedBy(BASE + ".internal..")

          .whereLayer("root (composition root)").mayNotBeAccessedByAnyLayer()
          .whereLayer("model").mayNotAccessAnyLayer()
          .whereLayer("client").mayOnlyAccessLayers("model", "internal")
          .whereLayer("spi").mayNotAccessAnyLayer()
          .whereLayer("customer").mayOnlyAccessLayers("spi", "internal")
          .whereLayer("booking").mayOnlyAccessLayers("spi", "customer", "internal")
          .whereLayer("mapping").mayOnlyAccessLayers("spi", "model", "booking", "internal")
          .whereLayer("outbox").mayOnlyAccessLayers("model", "client", "internal")
          .whereLayer("sync")
          .mayOnlyAccessLayers("spi", "mapping", "outbox", "booking", "model", "client", "internal")
          .whereLayer("partnerapi")
          .mayOnlyAccessLayers("booking", "mapping", "spi", "model", "customer", "internal")
          .whereLayer("ops")
          .mayOnlyAccessLayers("sync", "outbox", "customer", "mapping", "spi", "internal")
          // Shared machinery, not API: it may know the wire records and the client's errors,
          // nothing that uses it in turn (the slice rule below keeps it free of cycles).
          .whereLayer("internal").mayOnlyAccessLayers("model", "client")
          .ignoreDependency(
              resideInAPackage(BASE + ".outbox.."), belongToAnyOf(SPI_PAGING))
          .because("each package knows only what the package table allows (" + TABLE + ")");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching(BASE + ".(*)..").namingSlices("package $1")
          .should().beFreeOfCycles()
          .because("dependencies point one way, as in the package table (" + TABLE + ")");

  @ArchTest
  static final ArchRule feignAndResilience4jStayInTheClient =
      noClasses().that().resideOutsideOfPackage(BASE + ".client..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("feign..", "io.github.resilience4j..")
          .because("Feign and resilience4j stay package-private in client (" + TABLE + ")");

  @ArchTest
  static final ArchRule noSpringInTheCore =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
          .because("the core is a plain Java 17 library, usable without Spring "
              + "(ARCHITECTURE.md, 'Modules')");
}
