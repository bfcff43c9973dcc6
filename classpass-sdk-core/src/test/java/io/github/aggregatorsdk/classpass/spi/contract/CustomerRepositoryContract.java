package io.github.aggregatorsdk.classpass.spi.contract;

import static io.github.aggregatorsdk.classpass.spi.contract.Samples.newCustomer;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.walkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CustomerRepository}. Extend it in a host's tests and implement {@link
 * #createFixture()}; override {@link #supportsEmailLookup()} when the host keeps the default
 * {@code findByEmail}.
 */
public abstract class CustomerRepositoryContract extends SpiContract {

  /** Whether the repository implements {@code findByEmail}; true unless overridden. */
  protected boolean supportsEmailLookup() {
    return true;
  }

  private CustomerRepository customers() {
    return fixture.customers();
  }

  @Test
  public void createReturnsACustomerCarryingTheClassPassIdAndTheGivenData() {
    NewCustomer wanted =
        new NewCustomer(
            "cp-1",
            "Ana",
            "Lima",
            "ana@example.com",
            "+1 555 0100",
            LocalDate.of(1990, 4, 1),
            new PostalAddress("1 Main St", null, "Springfield", null, "12345", "US"));

    Customer created = customers().create(wanted);

    assertThat(created.id()).isNotBlank();
    assertThat(created.classPassUserId()).isEqualTo("cp-1");
    assertThat(created.firstName()).isEqualTo("Ana");
    assertThat(created.lastName()).isEqualTo("Lima");
    assertThat(created.email()).isEqualTo("ana@example.com");
    assertThat(created.phone()).isEqualTo("+1 555 0100");
    assertThat(created.birthday()).isEqualTo(LocalDate.of(1990, 4, 1));
    assertThat(customers().findByClassPassUserId("cp-1")).contains(created);
    assertThat(customers().findById(created.id())).contains(created);
  }

  @Test
  public void createKeepsWithheldFieldsEmpty() {
    Customer created =
        customers().create(new NewCustomer("cp-1", "Ana", "Lima", null, null, null, null));

    assertThat(created.email()).isNull();
    assertThat(created.phone()).isNull();
    assertThat(created.birthday()).isNull();
  }

  @Test
  public void createIsIdempotentOnTheClassPassUserId() {
    Customer first = customers().create(newCustomer("cp-1", "ana@example.com"));
    Customer second = customers().create(newCustomer("cp-1", "other@example.com"));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(allCustomers()).extracting(Customer::id).containsOnlyOnce(first.id());
    assertThat(allCustomers()).hasSize(1);
  }

  @Test
  public void concurrentCreatesForOneClassPassUserMakeOneCustomer() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Customer>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<Customer> create =
            () -> {
              start.await();
              return customers().create(newCustomer("cp-race", "race@example.com"));
            };
        results.add(pool.submit(create));
      }
      start.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<Customer> result : results) {
        ids.add(result.get(30, TimeUnit.SECONDS).id());
      }

      assertThat(ids).containsOnly(ids.get(0));
      assertThat(allCustomers()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void findByClassPassUserIdOfAnUnknownIdIsEmpty() {
    fixture.seedCustomer(walkIn("c-1", "Ana", "Lima", "ana@example.com"));

    assertThat(customers().findByClassPassUserId("cp-unknown")).isEmpty();
  }

  @Test
  public void findByIdFindsASeededCustomerAndNothingForAnUnknownId() {
    Customer seeded = fixture.seedCustomer(walkIn("c-1", "Ana", "Lima", "ana@example.com"));

    assertThat(customers().findById(seeded.id())).contains(seeded);
    assertThat(customers().findById("no-such-customer")).isEmpty();
  }

  @Test
  public void findByEmailIgnoresCaseAndSurroundingWhitespace() {
    assumeTrue(supportsEmailLookup(), "findByEmail not implemented");
    Customer seeded =
        fixture.seedCustomer(walkIn("c-1", "Ana", "Lima", " Ana.Lima@Example.COM "));
    fixture.seedCustomer(walkIn("c-2", "Bo", "Berg", "bo@example.com"));

    assertThat(customers().findByEmail("ana.lima@example.com"))
        .extracting(Customer::id)
        .containsExactly(seeded.id());
  }

  @Test
  public void findByEmailReturnsEveryCustomerWithTheAddressInAStableOrder() {
    assumeTrue(supportsEmailLookup(), "findByEmail not implemented");
    Customer one = fixture.seedCustomer(walkIn("c-1", "Ana", "Lima", "shared@example.com"));
    Customer two = fixture.seedCustomer(walkIn("c-2", "Ana", "Lima", "SHARED@example.com"));
    fixture.seedCustomer(walkIn("c-3", "Bo", "Berg", "bo@example.com"));

    List<Customer> found = customers().findByEmail("shared@example.com");

    assertThat(found).extracting(Customer::id).containsExactlyInAnyOrder(one.id(), two.id());
    assertThat(customers().findByEmail("shared@example.com")).isEqualTo(found);
    assertThat(customers().findByEmail("nobody@example.com")).isEmpty();
  }

  @Test
  public void linkStoresTheClassPassIdOnACustomerWithoutOne() {
    Customer walkIn = fixture.seedCustomer(walkIn("c-1", "Ana", "Lima", "ana@example.com"));

    Customer linked = customers().linkClassPassUserId(walkIn.id(), "cp-1");

    assertThat(linked.id()).isEqualTo(walkIn.id());
    assertThat(linked.classPassUserId()).isEqualTo("cp-1");
    assertThat(linked.email()).isEqualTo(walkIn.email());
    assertThat(customers().findByClassPassUserId("cp-1")).contains(linked);
  }

  @Test
  public void linkOfAnUnknownCustomerThrowsNoSuchElement() {
    assertThatThrownBy(() -> customers().linkClassPassUserId("no-such-customer", "cp-1"))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  public void linkOfAnIdAnotherCustomerCarriesFailsAndChangesNothing() {
    Customer holder = customers().create(newCustomer("cp-1", "ana@example.com"));
    Customer walkIn = fixture.seedCustomer(walkIn("c-2", "Ana", "Lima", "ana@example.com"));

    assertThatThrownBy(() -> customers().linkClassPassUserId(walkIn.id(), "cp-1"))
        .isInstanceOf(RuntimeException.class);

    assertThat(customers().findByClassPassUserId("cp-1")).map(Customer::id).contains(holder.id());
    assertThat(customers().findById(walkIn.id()).orElseThrow().classPassUserId()).isNull();
  }

  @Test
  public void unlinkRemovesTheClassPassIdAndFreesItForAnotherCustomer() {
    Customer holder = customers().create(newCustomer("cp-1", "ana@example.com"));
    Customer walkIn = fixture.seedCustomer(walkIn("c-2", "Ana", "Lima", "ana@example.com"));

    Customer unlinked = unlinkIfSupported(holder.id());

    assertThat(unlinked.id()).isEqualTo(holder.id());
    assertThat(unlinked.classPassUserIdIfLinked()).isEmpty();
    assertThat(customers().findByClassPassUserId("cp-1")).isEmpty();
    assertThat(customers().findById(holder.id()).orElseThrow().classPassUserIdIfLinked())
        .isEmpty();
    assertThat(customers().linkClassPassUserId(walkIn.id(), "cp-1").classPassUserId())
        .isEqualTo("cp-1");
    assertThat(unlinkIfSupported(fixture.seedCustomer(
        walkIn("c-3", "Bo", "Berg", "bo@example.com")).id()).classPassUserIdIfLinked())
        .as("unlinking a customer without an id changes nothing").isEmpty();
  }

  @Test
  public void unlinkOfAnUnknownCustomerThrowsNoSuchElement() {
    try {
      customers().unlinkClassPassUserId("no-such-customer");
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "the repository keeps the default: it cannot unlink");
    } catch (NoSuchElementException e) {
      return;
    }
    throw new AssertionError("unlinking an unknown customer did not throw");
  }

  /** Unlinks, or skips the test when the repository keeps the default (cannot unlink). */
  private Customer unlinkIfSupported(String customerId) {
    try {
      return customers().unlinkClassPassUserId(customerId);
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "the repository keeps the default: it cannot unlink");
      throw e;
    }
  }

  @Test
  public void pagesVisitEveryCustomerOnceInAStableOrder() {
    for (int i = 1; i <= 7; i++) {
      fixture.seedCustomer(walkIn("c-" + i, "First" + i, "Last" + i, i + "@example.com"));
    }

    Page<Customer> first = customers().page(PageRequest.first(3));
    List<Customer> all = allCustomers();

    assertThat(first.totalItems()).isEqualTo(7);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(first.items()).hasSize(3);
    assertThat(all).hasSize(7).doesNotHaveDuplicates();
    assertThat(allCustomers()).isEqualTo(all);
    assertThat(customers().page(new PageRequest(4, 3)).items()).isEmpty();
  }

  /** Every customer, paging by 3. */
  protected List<Customer> allCustomers() {
    List<Customer> all = new ArrayList<>();
    PageRequest request = PageRequest.first(3);
    Page<Customer> page;
    do {
      page = customers().page(request);
      all.addAll(page.items());
      request = request.next();
    } while (page.hasNext());
    return all;
  }
}
