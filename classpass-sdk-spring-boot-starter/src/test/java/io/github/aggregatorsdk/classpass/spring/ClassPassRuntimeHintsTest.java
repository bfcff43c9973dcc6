package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A native image of a host gets what the SDK reads by reflection, proxies and loads. */
class ClassPassRuntimeHintsTest {

  private final RuntimeHints hints = new RuntimeHints();

  ClassPassRuntimeHintsTest() {
    new ClassPassRuntimeHints().registerHints(hints, getClass().getClassLoader());
  }

  @Test
  void wireRecordsAreReflectableForJackson() {
    assertThat(RuntimeHintsPredicates.reflection().onType(Schedule.class)
        .withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
            MemberCategory.INVOKE_DECLARED_METHODS)).accepts(hints);
    assertThat(RuntimeHintsPredicates.reflection().onType(UpdateBatch.class)).accepts(hints);
  }

  @Test
  void everyTypeOfTheWireContractHasItsHint() {
    List<String> model = new ClassFileImporter()
        .importPackages("io.github.aggregatorsdk.classpass.model").stream()
        .filter(type -> type.getPackageName().equals("io.github.aggregatorsdk.classpass.model"))
        .filter(type -> !type.isNestedClass() && !type.getSimpleName().equals("package-info"))
        .filter(type -> !type.getSimpleName().equals("ClassPassJson"))
        .map(JavaClass::getName).toList();

    assertThat(model).isNotEmpty().allSatisfy(type -> assertThat(
        RuntimeHintsPredicates.reflection().onType(TypeReference.of(type)))
        .as(type).accepts(hints));
  }

  @Test
  void theClientsFeignInterfaceCanBeProxied() {
    assertThat(RuntimeHintsPredicates.proxies()
        .forInterfaces(TypeReference.of(ClassPassRuntimeHints.INVENTORY_API))).accepts(hints);
  }

  @Test
  void theOutboxDdlCanBeLoaded() {
    assertThat(RuntimeHintsPredicates.resource()
        .forResource("io/github/aggregatorsdk/classpass/outbox/outbox-postgresql.sql"))
        .accepts(hints);
  }

  @Test
  void theRegistrarIsFoundWhereSpringAotLooks() {
    assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
        .load(RuntimeHintsRegistrar.class))
        .anySatisfy(registrar -> assertThat(registrar).isInstanceOf(ClassPassRuntimeHints.class));
  }
}
