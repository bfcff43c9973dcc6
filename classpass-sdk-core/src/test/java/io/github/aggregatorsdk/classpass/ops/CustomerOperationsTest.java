package io.github.aggregatorsdk.classpass.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.customer.DuplicateReason;
import io.github.aggregatorsdk.classpass.customer.LinkResult;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The duplicate report and linking by hand, as staff use them in a customer's profile. */
class CustomerOperationsTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final OpsStudio host = new OpsStudio(classPass);

  @AfterEach
  void close() {
    host.close();
  }

  @Test
  void anIdCarriedByAnotherCustomerIsRefusedNamingBothCustomers() {
    save("c-1", "cp-9");
    save("c-2", null);

    LinkResult refused = host.ops().link("c-2", " cp-9 ");

    assertThat(refused.outcome()).isEqualTo(LinkResult.Outcome.HELD_BY_ANOTHER_CUSTOMER);
    assertThat(refused.conflictingCustomerId()).isEqualTo("c-1");
    assertThat(refused.message()).contains("c-1").contains("c-2").contains("cp-9");
    assertThat(host.studio.customers().findById("c-2").orElseThrow().classPassUserId()).isNull();
  }

  @Test
  void unlinkingFreesTheIdForTheRightCustomer() {
    save("c-1", "cp-9");
    save("c-2", null);

    UnlinkResult unlinked = host.ops().unlink("c-1");
    LinkResult linked = host.ops().link("c-2", "cp-9");

    assertThat(unlinked.outcome()).isEqualTo(UnlinkResult.Outcome.UNLINKED);
    assertThat(unlinked.classPassUserId()).isEqualTo("cp-9");
    assertThat(linked.outcome()).isEqualTo(LinkResult.Outcome.LINKED);
    assertThat(host.studio.customers().findByClassPassUserId("cp-9"))
        .map(Customer::id).contains("c-2");
    assertThat(host.studio.customers().findById("c-1").orElseThrow().classPassUserIdIfLinked())
        .isEmpty();
    assertThat(host.ops().unlink("c-1").outcome()).isEqualTo(UnlinkResult.Outcome.NOT_LINKED);
    assertThat(host.ops().unlink("c-404").outcome())
        .isEqualTo(UnlinkResult.Outcome.UNKNOWN_CUSTOMER);
  }

  @Test
  void aRepositoryWithoutUnlinkingRefusesItAndKeepsTheLink() {
    save("c-1", "cp-9");
    CustomerRepository withoutUnlink = new CustomerRepository() {
      @Override
      public Optional<Customer> findByClassPassUserId(String id) {
        return host.studio.customers().findByClassPassUserId(id);
      }

      @Override
      public Customer create(NewCustomer customer) {
        return host.studio.customers().create(customer);
      }

      @Override
      public Customer linkClassPassUserId(String customerId, String classPassUserId) {
        return host.studio.customers().linkClassPassUserId(customerId, classPassUserId);
      }

      @Override
      public Page<Customer> page(PageRequest page) {
        return host.studio.customers().page(page);
      }
    };
    ClassPassOperations ops = ClassPassOperations.builder()
        .sync(host.integration.sync()).fullResync(host.integration.fullResync())
        .outbox(host.outbox).partners(host.studio.partners()).sessions(host.studio.sessions())
        .customers(withoutUnlink).clock(host.clock).build();

    UnlinkResult refused = ops.unlink("c-1");

    assertThat(refused.outcome()).isEqualTo(UnlinkResult.Outcome.NOT_SUPPORTED);
    assertThat(host.studio.customers().findById("c-1").orElseThrow().classPassUserId())
        .isEqualTo("cp-9");
    ops.close();
  }

  @Test
  void theDuplicateReportPairsAClassPassCustomerWithAWalkInOfTheSameEmail() {
    host.studio.customers().save(new Customer("c-1", "Ana", "Lima", "ana@example.org", null,
        LocalDate.of(1990, 1, 2), "cp-9"));
    host.studio.customers().save(new Customer("c-2", "Ana", "Lima", " ANA@example.org ", null,
        null, null));
    host.studio.customers().save(new Customer("c-3", "Bo", "Berg", "bo@example.org", null,
        null, null));

    assertThat(host.ops().duplicates()).singleElement().satisfies(pair -> {
      assertThat(pair.withClassPassId().id()).isEqualTo("c-1");
      assertThat(pair.withoutClassPassId().id()).isEqualTo("c-2");
      assertThat(pair.reasons()).containsExactly(DuplicateReason.SAME_EMAIL);
    });
  }

  private void save(String id, String classPassUserId) {
    host.studio.customers().save(
        new Customer(id, "First " + id, "Last", null, null, null, classPassUserId));
  }
}
