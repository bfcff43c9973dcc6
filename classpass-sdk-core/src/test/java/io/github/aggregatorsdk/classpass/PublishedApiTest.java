package io.github.aggregatorsdk.classpass;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The published POM gives Feign and jackson-datatype-jsr310 scope runtime (the property
 * {@code classpass.runtime-only} in this module's POM): a host cannot compile against them. That
 * holds only while no public type, and no public or protected member of one, names them;
 * otherwise a host calling that member would not compile.
 */
@AnalyzeClasses(packages = "io.github.aggregatorsdk.classpass",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PublishedApiTest {

  /** Packages of the dependencies that are runtime-only in the published POM. */
  private static final List<String> RUNTIME_ONLY_PACKAGES =
      List.of("feign", "com.fasterxml.jackson.datatype.jsr310");

  @ArchTest
  static final ArchRule publicApiNamesNoRuntimeOnlyDependency =
      classes().that().arePublic()
          .should(nameNoRuntimeOnlyTypeInTheirPublicSignatures())
          .because("hosts get Feign and jsr310 at runtime scope only "
              + "(docs/decisions/published-dependencies.md)");

  private static ArchCondition<JavaClass> nameNoRuntimeOnlyTypeInTheirPublicSignatures() {
    return new ArchCondition<>("name no runtime-only dependency in their public signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaClass> named = new HashSet<>();
        type.getRawSuperclass().ifPresent(named::add);
        named.addAll(type.getAllRawInterfaces());
        report(type.getName(), named, events);
        for (JavaMember member : type.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC)
              && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          Set<JavaClass> types = new HashSet<>(member.getAllInvolvedRawTypes());
          if (member instanceof JavaCodeUnit codeUnit) {
            types.addAll(codeUnit.getThrowsClause().getTypes());
          }
          report(member.getFullName(), types, events);
        }
      }
    };
  }

  private static void report(String where, Set<JavaClass> types, ConditionEvents events) {
    for (JavaClass named : types) {
      boolean runtimeOnly = RUNTIME_ONLY_PACKAGES.stream().anyMatch(
          pkg -> named.getPackageName().equals(pkg) || named.getPackageName().startsWith(pkg + "."));
      if (runtimeOnly) {
        events.add(SimpleConditionEvent.violated(named,
            where + " names " + named.getName() + ", a runtime-only dependency"));
      }
    }
  }
}
