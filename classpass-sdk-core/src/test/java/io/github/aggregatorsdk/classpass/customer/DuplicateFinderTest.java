package io.github.aggregatorsdk.classpass.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

  private static final LocalDate BIRTHDAY = LocalDate.of(1990, 4, 1);

  private final InMemoryStudio studio = new InMemoryStudio();

  private Customer save(
      String id, String first, String last, String email, LocalDate birthday, String cpId) {
    return studio.customers().save(new Customer(id, first, last, email, null, birthday, cpId));
  }

  private List<LikelyDuplicate> find() {
    return new DuplicateFinder(studio.customers()).find();
  }

  @Test
  void aClassPassCustomerAndAWalkInWithTheSameNormalisedEmailArePaired() {
    Customer classPass = save("c-1", "Ana", "Lima", " Ana@Example.com", null, "cp-1");
    Customer walkIn = save("c-2", "Anna", "Lima-Berg", "ana@example.COM ", null, null);

    assertThat(find())
        .containsExactly(new LikelyDuplicate(classPass, walkIn, Set.of(DuplicateReason.SAME_EMAIL)));
  }

  @Test
  void sameNameAndBirthdayArePairedIgnoringCaseAndWhitespace() {
    Customer classPass = save("c-1", "Ana", "Lima", "a@example.com", BIRTHDAY, "cp-1");
    Customer walkIn = save("c-2", " ana ", "LIMA", "other@example.com", BIRTHDAY, null);

    assertThat(find())
        .containsExactly(
            new LikelyDuplicate(classPass, walkIn, Set.of(DuplicateReason.SAME_NAME_AND_BIRTHDAY)));
  }

  @Test
  void aPairMatchingByBothCarriesBothReasonsOnce() {
    Customer classPass = save("c-1", "Ana", "Lima", "ana@example.com", BIRTHDAY, "cp-1");
    Customer walkIn = save("c-2", "Ana", "Lima", "ana@example.com", BIRTHDAY, null);

    assertThat(find())
        .containsExactly(
            new LikelyDuplicate(
                classPass,
                walkIn,
                Set.of(DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_NAME_AND_BIRTHDAY)));
  }

  @Test
  void sameNameWithoutOrWithAnotherBirthdayIsNoPair() {
    save("c-1", "Ana", "Lima", null, BIRTHDAY, "cp-1");
    save("c-2", "Ana", "Lima", null, null, null);
    save("c-3", "Ana", "Lima", null, BIRTHDAY.plusDays(1), null);

    assertThat(find()).isEmpty();
  }

  @Test
  void twoClassPassCustomersOrTwoWalkInsAreNeverPaired() {
    save("c-1", "Ana", "Lima", "ana@example.com", BIRTHDAY, "cp-1");
    save("c-2", "Ana", "Lima", "ana@example.com", BIRTHDAY, "cp-2");
    save("c-3", "Bo", "Berg", "bo@example.com", BIRTHDAY, null);
    save("c-4", "Bo", "Berg", "bo@example.com", BIRTHDAY, null);

    assertThat(find()).isEmpty();
  }

  @Test
  void everyPageOfCustomersIsSearched() {
    for (int i = 0; i < 1200; i++) {
      save(String.format("c-%04d", i), "First" + i, "Last" + i, i + "@example.com", null, null);
    }
    Customer classPass = save("z-last", "Zed", "Zu", "5@example.com", null, "cp-1");

    assertThat(find())
        .extracting(pair -> pair.withClassPassId().id(), pair -> pair.withoutClassPassId().id())
        .containsExactly(tuple(classPass.id(), "c-0005"));
  }
}
