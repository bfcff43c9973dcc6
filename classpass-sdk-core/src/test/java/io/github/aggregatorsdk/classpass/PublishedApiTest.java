package io.github.aggregatorsdk.classpass;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * What a host compiles against: the public types outside {@code internal} packages, and the
 * public and protected members of those.
 *
 * <ul>
 *   <li>The published POM gives Feign and jackson-datatype-jsr310 scope runtime (the property
 *       {@code classpass.runtime-only} in this module's POM): a host cannot compile against them.
 *       That holds only while no public type, and no public or protected member of one, names
 *       them; otherwise a host calling that member would not compile.
 *   <li>Types in {@code internal} packages are public only so that another package of the core can
 *       use them; they are left out of the Javadoc. The API must never name one, or a host would
 *       have to use what is documented as not API.
 *   <li>The list of API types is kept in {@code published-api.txt}: a new public type (or one
 *       that stopped being public) fails the build until the list is changed with it, so that the
 *       surface grows only on purpose.
 * </ul>
 */
@AnalyzeClasses(packages = "io.github.aggregatorsdk.classpass",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PublishedApiTest {

  private static final String BASE = "io.github.aggregatorsdk.classpass";

  /** Packages of the dependencies that are runtime-only in the published POM. */
  private static final List<String> RUNTIME_ONLY_PACKAGES =
      List.of("feign", "com.fasterxml.jackson.datatype.jsr310");

  private static final DescribedPredicate<JavaClass> IN_AN_INTERNAL_PACKAGE =
      DescribedPredicate.describe("in an internal package",
          type -> isInternal(type.getPackageName()));

  @ArchTest
  static final ArchRule publicApiNamesNoRuntimeOnlyDependency =
      classes().that().arePublic()
          .should(nameNoTypeInTheirPublicSignatures("a runtime-only dependency",
              PublishedApiTest::isRuntimeOnly))
          .because("hosts get Feign and jsr310 at runtime scope only "
              + "(docs/decisions/published-dependencies.md)");

  @ArchTest
  static final ArchRule publicApiNamesNoInternalType =
      classes().that().arePublic().and(DescribedPredicate.not(IN_AN_INTERNAL_PACKAGE))
          .should(nameNoTypeInTheirPublicSignatures("a type of an internal package",
              type -> type.getPackageName().startsWith(BASE) && isInternal(type.getPackageName())))
          .because("internal packages are not API: public only for the core's own packages, "
              + "left out of the Javadoc");

  @Test
  void theApiTypesAreTheListedOnes() throws IOException {
    JavaClasses core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(BASE);
    Set<String> api = new TreeSet<>();
    for (JavaClass type : core) {
      if (type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass()
          && !isInternal(type.getPackageName())) {
        api.add(type.getName().substring(BASE.length() + 1));
      }
    }
    Set<String> listed = new TreeSet<>();
    try (InputStream in = PublishedApiTest.class.getResourceAsStream("published-api.txt")) {
      assertThat(in).as("published-api.txt beside this test").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          listed.add(line.strip());
        }
      }
    }
    Set<String> added = new TreeSet<>(api);
    added.removeAll(listed);
    Set<String> removed = new TreeSet<>(listed);
    removed.removeAll(api);
    assertThat(added)
        .as("public types not in published-api.txt: make them package-private, move them into an"
            + " internal package, or add them to the list if a host is meant to use them")
        .isEmpty();
    assertThat(removed)
        .as("types in published-api.txt that are no longer public API: remove them from the list"
            + " (and say so in the CHANGELOG)")
        .isEmpty();
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  private static boolean isRuntimeOnly(JavaClass type) {
    return RUNTIME_ONLY_PACKAGES.stream().anyMatch(pkg ->
        type.getPackageName().equals(pkg) || type.getPackageName().startsWith(pkg + "."));
  }

  private static ArchCondition<JavaClass> nameNoTypeInTheirPublicSignatures(
      String what, Predicate<JavaClass> forbidden) {
    return new ArchCondition<>("name no " + what + " in their public signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaClass> named = new HashSet<>();
        type.getRawSuperclass().ifPresent(named::add);
        named.addAll(type.getAllRawInterfaces());
        report(type.getName(), named, what, forbidden, events);
        for (JavaMember member : type.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC)
              && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          Set<JavaClass> types = new HashSet<>(member.getAllInvolvedRawTypes());
          if (member instanceof JavaCodeUnit codeUnit) {
            types.addAll(codeUnit.getThrowsClause().getTypes());
          }
          report(member.getFullName(), types, what, forbidden, events);
        }
      }
    };
  }

  private static void report(String where, Set<JavaClass> types, String what,
      Predicate<JavaClass> forbidden, ConditionEvents events) {
    for (JavaClass named : types) {
      if (forbidden.test(named)) {
        events.add(SimpleConditionEvent.violated(named,
            where + " names " + named.getName() + ", " + what));
      }
    }
  }
}
