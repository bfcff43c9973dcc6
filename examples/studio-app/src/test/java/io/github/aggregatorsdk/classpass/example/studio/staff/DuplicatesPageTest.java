package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Duplicates page lists likely pairs, and its link merges one into the studio's customer. */
@StudioAppTest
class DuplicatesPageTest {

  @Autowired StudioFixture studio;
  @Autowired Customers customers;
  @Autowired Bookings bookings;

  @Test
  void oneClickLinkLeavesOneCustomerWithTheIdAndEveryBooking() {
    CustomerEntity walkIn = customers.save(
        new CustomerEntity("Rae", "Dupont", "rae.dupont@example.com", null, null, null));
    // A customer made for her first ClassPass booking, with her address in other case.
    CustomerEntity fromClassPass = customers.save(
        new CustomerEntity("Rae", "Dupont", " RAE.DUPONT@example.com", null, null, null));
    fromClassPass.setClassPassId("cp-dup-1");
    customers.save(fromClassPass);
    ClassSessionEntity session = studio.newClass(10, 3);
    assertThat(studio.reserve(session, "dup-res-1", "cp-dup-1").statusCode()).isEqualTo(200);
    assertThat(bookings.findByClassPassReservationId("dup-res-1").orElseThrow().getCustomer()
        .getId()).isEqualTo(fromClassPass.getId());

    String page = studio.get("/customers/duplicates").body();
    assertThat(page).contains("Rae Dupont (customer " + walkIn.getId() + ")", "same e-mail",
        "Aggregator ID cp-dup-1", "name=keep value=\"" + walkIn.getId() + "\"");

    HttpResponse<String> linked = studio.staffPost("/staff/customers/duplicates/link",
        Map.of("withId", fromClassPass.getId().toString(), "keep", walkIn.getId().toString()));

    assertThat(linked.statusCode()).isEqualTo(303);
    assertThat(customers.findById(walkIn.getId()).orElseThrow().getClassPassId())
        .isEqualTo("cp-dup-1");
    assertThat(customers.findById(fromClassPass.getId())).isEmpty();
    BookingEntity booking = bookings.findByClassPassReservationId("dup-res-1").orElseThrow();
    assertThat(booking.getCustomer().getId()).isEqualTo(walkIn.getId());
    assertThat(studio.follow(linked).body())
        .contains("Rae Dupont (customer " + walkIn.getId() + ") now carries Aggregator ID cp-dup-1")
        .doesNotContain("name=keep value=\"" + walkIn.getId() + "\"");
    // ClassPass's next booking of her lands on the one profile left.
    assertThat(studio.reserve(studio.newClass(10, 3), "dup-res-2", "cp-dup-1").statusCode())
        .isEqualTo(200);
    assertThat(bookings.findByClassPassReservationId("dup-res-2").orElseThrow().getCustomer()
        .getId()).isEqualTo(walkIn.getId());
  }

  @Test
  void sameNameAndBirthdayIsListedToo() {
    LocalDate birthday = LocalDate.of(1990, 4, 2);
    customers.save(new CustomerEntity("Ola", "Nordmann", null, null, birthday, null));
    CustomerEntity withId =
        customers.save(new CustomerEntity("ola", " Nordmann ", null, null, birthday, null));
    withId.setClassPassId("cp-dup-2");
    customers.save(withId);

    assertThat(studio.get("/customers/duplicates").body()).contains("same name and birthday");
  }

  @Test
  void linkOfAPairThatNoLongerFitsIsRefused() {
    CustomerEntity a = customers.save(new CustomerEntity("No", "Pair", null, null, null, null));
    CustomerEntity b = customers.save(new CustomerEntity("No", "Pair", null, null, null, null));

    HttpResponse<String> refused = studio.staffPost("/staff/customers/duplicates/link",
        Map.of("withId", a.getId().toString(), "keep", b.getId().toString()));

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("are no longer a pair to link");
    assertThat(customers.findById(a.getId())).isPresent();
  }
}
