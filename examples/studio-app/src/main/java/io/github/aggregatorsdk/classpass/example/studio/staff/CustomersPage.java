package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.example.studio.Address;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer list at {@code /customers} and each customer's profile at {@code
 * /customers/{id}}, with the "Aggregator ID" field: the ClassPass user id that makes ClassPass's
 * bookings of this person land on this profile. A conflicting id is refused on the profile
 * itself, naming both customers, with what was typed kept in the field.
 */
@RestController
class CustomersPage {

  private final Customers customers;
  private final Bookings bookings;
  private final CustomerDesk desk;

  CustomersPage(Customers customers, Bookings bookings, CustomerDesk desk) {
    this.customers = customers;
    this.bookings = bookings;
    this.desk = desk;
  }

  @GetMapping(path = "/customers", produces = MediaType.TEXT_HTML_VALUE)
  String list(CsrfToken csrf) {
    StaffLayout layout = new StaffLayout(csrf);
    Html html = layout.start(StaffLayout.Nav.CUSTOMERS, "Customers");
    html.add("<table><tr><th>name<th>e-mail<th>Aggregator ID (ClassPass)<th>");
    for (CustomerEntity customer : customers.findAll(Sort.by("lastName", "firstName", "id"))) {
      html.add("<tr><td><a href=\"/customers/%s\">%s</a><td>%s<td>%s<td>",
          customer.getId(), fullName(customer), Objects.toString(customer.getEmail(), ""),
          Objects.toString(customer.getClassPassId(), ""));
    }
    html.add("</table>");
    return StaffLayout.end(html);
  }

  @GetMapping(path = "/customers/{customerId}", produces = MediaType.TEXT_HTML_VALUE)
  String profile(@PathVariable long customerId, CsrfToken csrf, HttpServletRequest request) {
    CustomerEntity customer = customer(customerId);
    return profile(customer, customer.getClassPassId(), Flash.notice(request), null, csrf);
  }

  @PostMapping(path = "/staff/customers/{customerId}/aggregator-id",
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> setAggregatorId(
      @PathVariable long customerId,
      @RequestParam(defaultValue = "") String aggregatorId,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    String notice;
    try {
      notice = desk.setAggregatorId(customerId, aggregatorId);
    } catch (BadStaffInput e) {
      return again(HttpStatus.BAD_REQUEST, customerId, aggregatorId, e.getMessage(), csrf);
    } catch (StaffActionRefused e) {
      return again(HttpStatus.CONFLICT, customerId, aggregatorId, e.getMessage(), csrf);
    } catch (DataIntegrityViolationException e) {
      // A ClassPass booking linked the same id to another customer in the meantime.
      return again(HttpStatus.CONFLICT, customerId, aggregatorId,
          "Aggregator ID " + aggregatorId.strip() + " was just given to another customer;"
              + " see the customer list", csrf);
    }
    return Flash.seeOther("/customers/" + customerId, notice, request, response);
  }

  private ResponseEntity<String> again(
      HttpStatus status, long customerId, String typed, String error, CsrfToken csrf) {
    return ResponseEntity.status(status)
        .contentType(MediaType.TEXT_HTML)
        .body(profile(customer(customerId), typed, null, error, csrf));
  }

  private String profile(
      CustomerEntity customer, String fieldValue, String notice, String error, CsrfToken csrf) {
    StaffLayout layout = new StaffLayout(csrf);
    Html html = layout.start(StaffLayout.Nav.CUSTOMERS, fullName(customer));
    layout.notice(html, notice).error(html, error);
    html.add("<dl><dt>customer<dd>%s", customer.getId())
        .add("<dt>e-mail<dd>%s", Objects.toString(customer.getEmail(), ""))
        .add("<dt>phone<dd>%s", Objects.toString(customer.getPhone(), ""))
        .add("<dt>birthday<dd>%s", Objects.toString(customer.getBirthday(), ""))
        .add("<dt>address<dd>%s", address(customer.getAddress()))
        .add("<dt>bookings<dd>%s", bookings.countByCustomerId(customer.getId()))
        .add("</dl>")
        .add(layout.form("/staff/customers/" + customer.getId() + "/aggregator-id"))
        .add("<label>Aggregator ID <input name=aggregatorId id=aggregatorId size=24"
            + " value=\"%s\" placeholder=\"ClassPass user id\"></label>",
            Objects.toString(fieldValue, ""))
        .add("<button>save</button></form>")
        .add("<p class=\"muted\">The ClassPass user id of this customer: ClassPass bookings of"
            + " this user then land on this profile instead of a new customer. Leave it empty to"
            + " remove it.</p>");
    return StaffLayout.end(html);
  }

  private CustomerEntity customer(long customerId) {
    return customers
        .findById(customerId)
        .orElseThrow(() -> new NoSuchElementException("no customer " + customerId));
  }

  static String fullName(CustomerEntity customer) {
    return Stream.of(customer.getFirstName(), customer.getLastName())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
  }

  private static String address(Address address) {
    if (address == null) {
      return "";
    }
    return Stream.of(address.getLine1(), address.getLine2(), address.getPostalCode(),
            address.getCity(), address.getRegion(), address.getCountryCode())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(", "));
  }
}
