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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer profile's Aggregator ID: set, replaced, removed, and refused when another customer
 * carries it; a ClassPass booking of that user then lands on the profile.
 */
@StudioAppTest
class CustomersPageTest {

  @Autowired StudioFixture studio;
  @Autowired Customers customers;
  @Autowired Bookings bookings;

  @Test
  void aggregatorIdTypedIntoTheProfileMakesClassPassBookingsLandThere() {
    CustomerEntity jo = customers.save(new CustomerEntity("Jo", "Walker", null, null, null, null));

    HttpResponse<String> saved = setId(jo, "  cp-profile-1 ");

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(customers.findById(jo.getId()).orElseThrow().getClassPassId())
        .isEqualTo("cp-profile-1");
    assertThat(studio.get("/customers/" + jo.getId()).body())
        .contains("value=\"cp-profile-1\"");
    ClassSessionEntity session = studio.newClass(10, 3);
    assertThat(studio.reserve(session, "profile-res-1", "cp-profile-1").statusCode())
        .isEqualTo(200);
    BookingEntity booking = bookings.findByClassPassReservationId("profile-res-1").orElseThrow();
    assertThat(booking.getCustomer().getId()).isEqualTo(jo.getId());
  }

  @Test
  void idOnAnotherCustomerIsRefusedNamingBothAndKeepsWhatWasTyped() {
    CustomerEntity holder =
        customers.save(new CustomerEntity("Ana", "Holder", null, null, null, null));
    holder.setClassPassId("cp-profile-taken");
    customers.save(holder);
    CustomerEntity other =
        customers.save(new CustomerEntity("Ben", "Other", null, null, null, null));

    HttpResponse<String> refused = setId(other, "cp-profile-taken");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("Aggregator ID cp-profile-taken is already on Ana Holder (customer "
            + holder.getId() + "); it cannot also go to Ben Other (customer " + other.getId()
            + ")")
        .contains("name=aggregatorId id=aggregatorId size=24 value=\"cp-profile-taken\"");
    assertThat(customers.findById(other.getId()).orElseThrow().getClassPassId()).isNull();
    assertThat(customers.findById(holder.getId()).orElseThrow().getClassPassId())
        .isEqualTo("cp-profile-taken");
  }

  @Test
  void newIdReplacesTheOldOneAndAnEmptyFieldRemovesIt() {
    CustomerEntity cy = customers.save(new CustomerEntity("Cy", "Change", null, null, null, null));
    setId(cy, "cp-profile-old");

    assertThat(setId(cy, "cp-profile-new").statusCode()).isEqualTo(303);
    assertThat(customers.findById(cy.getId()).orElseThrow().getClassPassId())
        .isEqualTo("cp-profile-new");
    assertThat(customers.findByClassPassId("cp-profile-old")).isEmpty();

    HttpResponse<String> removed = studio.staffPost(
        "/staff/customers/" + cy.getId() + "/aggregator-id", Map.of("aggregatorId", " "));
    assertThat(removed.statusCode()).isEqualTo(303);
    assertThat(customers.findById(cy.getId()).orElseThrow().getClassPassId()).isNull();
    assertThat(studio.get(removed.headers().firstValue("Location").orElseThrow()).body())
        .contains("Aggregator ID cp-profile-new removed from Cy Change (customer " + cy.getId() + ")");
  }

  @Test
  void malformedIdIsRefusedWithASentence() {
    CustomerEntity di = customers.save(new CustomerEntity("Di", "Typo", null, null, null, null));

    HttpResponse<String> spaces = setId(di, "cp user 1");
    HttpResponse<String> tooLong = setId(di, "x".repeat(101));

    assertThat(spaces.statusCode()).isEqualTo(400);
    assertThat(spaces.body()).contains("up to 100 characters without spaces");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(customers.findById(di.getId()).orElseThrow().getClassPassId()).isNull();
    assertThat(studio.staffPost("/staff/customers/999999/aggregator-id",
        Map.of("aggregatorId", "cp-x")).statusCode()).isEqualTo(404);
    assertThat(studio.get("/customers/not-a-number").statusCode()).isEqualTo(400);
  }

  @Test
  void customerListLinksEachProfileWithItsAggregatorId() {
    String page = studio.get("/customers").body();

    assertThat(page).contains(">Maya Chen</a>", "cp-user-1001");
  }

  /** Saves the field and, as a browser does, follows the redirect to the profile. */
  private HttpResponse<String> setId(CustomerEntity customer, String id) {
    HttpResponse<String> answer = studio.staffPost(
        "/staff/customers/" + customer.getId() + "/aggregator-id", Map.of("aggregatorId", id));
    if (answer.statusCode() == 303) {
      assertThat(studio.get(answer.headers().firstValue("Location").orElseThrow()).statusCode())
          .isEqualTo(200);
    }
    return answer;
  }
}
