package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.customer.DuplicateReason;
import io.github.aggregatorsdk.classpass.customer.LikelyDuplicate;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.spi.Customer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Duplicates page at {@code /customers/duplicates}: the SDK's report of customers who are
 * likely the same person, one with an Aggregator ID (usually created for a ClassPass booking) and
 * one without (the studio's own), each pair with a one-click link that merges them.
 */
@RestController
class DuplicatesPage {

  private final ClassPassOperations classPass;
  private final CustomerDesk desk;

  DuplicatesPage(ClassPassOperations classPass, CustomerDesk desk) {
    this.classPass = classPass;
    this.desk = desk;
  }

  @GetMapping(path = "/customers/duplicates", produces = MediaType.TEXT_HTML_VALUE)
  String page(CsrfToken csrf, HttpServletRequest request) {
    StaffLayout layout = new StaffLayout(csrf);
    Html html = layout.start(StaffLayout.Nav.DUPLICATES, "Likely duplicate customers");
    layout.notice(html, Flash.notice(request));
    List<LikelyDuplicate> pairs = classPass.duplicates();
    if (pairs.isEmpty()) {
      return StaffLayout.end(html.add("<p>No likely duplicates: every ClassPass customer is"
          + " either linked to the studio's profile or has no look-alike.</p>"));
    }
    html.add("<p class=\"muted\">Linking keeps the studio's customer: it takes the Aggregator ID"
            + " and the bookings of the customer made for ClassPass, which is removed.</p>")
        .add("<table><tr><th>studio customer (kept)<th>customer with Aggregator ID<th>why"
            + "<th>");
    for (LikelyDuplicate pair : pairs) {
      Customer kept = pair.withoutClassPassId();
      Customer withId = pair.withClassPassId();
      html.add("<tr><td><a href=\"/customers/%s\">%s</a><br><span class=\"muted\">%s</span>",
              kept.id(), name(kept), Objects.toString(kept.email(), ""))
          .add("<td><a href=\"/customers/%s\">%s</a><br><span class=\"muted\">Aggregator ID %s<br>%s</span>",
              withId.id(), name(withId), withId.classPassUserId(),
              Objects.toString(withId.email(), ""))
          .add("<td>%s<td>", reasons(pair))
          .add(layout.form("/staff/customers/duplicates/link")
              + "<input type=hidden name=withId value=\"%s\">"
              + "<input type=hidden name=keep value=\"%s\"><button>link</button></form>",
              withId.id(), kept.id());
    }
    return StaffLayout.end(html.add("</table>"));
  }

  @PostMapping("/staff/customers/duplicates/link")
  ResponseEntity<Void> link(
      @RequestParam long withId,
      @RequestParam long keep,
      HttpServletRequest request,
      HttpServletResponse response) {
    return Flash.seeOther(
        "/customers/duplicates", desk.linkDuplicate(withId, keep), request, response);
  }

  private static String name(Customer customer) {
    String name = Stream.of(customer.firstName(), customer.lastName())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
    return (name.isBlank() ? "(no name)" : name) + " (customer " + customer.id() + ")";
  }

  private static String reasons(LikelyDuplicate pair) {
    return pair.reasons().stream()
        .sorted()
        .map(reason -> reason == DuplicateReason.SAME_EMAIL
            ? "same e-mail" : "same name and birthday")
        .collect(Collectors.joining(", "));
  }
}
