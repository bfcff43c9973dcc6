package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.customer.LinkResult;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.ops.UnlinkResult;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Aggregator ID" of a customer, as staff set it: typed into the profile, or taken over from
 * a likely duplicate on the Duplicates page. The SDK's {@link ClassPassOperations#link} applies
 * the conflict rule (an id on another customer is refused) and {@link ClassPassOperations#unlink}
 * removes an id; the database's unique column settles a race with a ClassPass booking linking the
 * same id meanwhile. Messages name customers for staff; nothing here is logged.
 */
@Service
public class CustomerDesk {

  /** The width of the {@code classpass_id} column. */
  static final int MAX_ID_LENGTH = 100;

  private final Customers customers;
  private final Bookings bookings;
  private final ClassPassOperations classPass;

  CustomerDesk(Customers customers, Bookings bookings, ClassPassOperations classPass) {
    this.customers = customers;
    this.bookings = bookings;
    this.classPass = classPass;
  }

  /**
   * Sets, replaces or (when blank) removes a customer's Aggregator ID.
   *
   * @return a sentence for staff saying what was done; never null
   * @throws NoSuchElementException when there is no such customer
   * @throws StaffActionRefused when another customer carries the id, naming both
   */
  @Transactional
  public String setAggregatorId(long customerId, String typed) {
    CustomerEntity customer = customer(customerId);
    String id = typed == null ? "" : typed.strip();
    if (id.isEmpty()) {
      UnlinkResult unlinked = classPass.unlink(String.valueOf(customerId));
      return switch (unlinked.outcome()) {
        case UNLINKED -> "Aggregator ID " + unlinked.classPassUserId() + " removed from "
            + name(customer);
        case NOT_LINKED -> name(customer) + " has no Aggregator ID";
        case UNKNOWN_CUSTOMER, NOT_SUPPORTED -> throw new StaffActionRefused(unlinked.message());
      };
    }
    if (id.length() > MAX_ID_LENGTH || !id.codePoints().allMatch(c -> c > ' ' && c != 0x7f)) {
      throw new BadStaffInput("an Aggregator ID is the ClassPass user id: up to " + MAX_ID_LENGTH
          + " characters without spaces, not " + BadStaffInput.quote(id));
    }
    LinkResult result = classPass.link(String.valueOf(customerId), id);
    if (result.outcome() == LinkResult.Outcome.CUSTOMER_HAS_ANOTHER_ID) {
      // Staff edited the field: the new id replaces the old one, unless another customer has it
      // (then the link below is refused and the transaction takes the unlink back).
      classPass.unlink(String.valueOf(customerId));
      result = classPass.link(String.valueOf(customerId), id);
    }
    return switch (result.outcome()) {
      case LINKED -> "Aggregator ID " + id + " saved for " + name(customer);
      case ALREADY_LINKED -> name(customer) + " already carries Aggregator ID " + id;
      case HELD_BY_ANOTHER_CUSTOMER -> {
        CustomerEntity holder = customer(Long.parseLong(result.conflictingCustomerId()));
        throw new StaffActionRefused("Aggregator ID " + id + " is already on " + name(holder)
            + "; it cannot also go to " + name(customer) + ". If they are the same person, link"
            + " them on the Duplicates page; otherwise remove the id from " + name(holder)
            + " first.");
      }
      case CUSTOMER_HAS_ANOTHER_ID, UNKNOWN_CUSTOMER -> throw new StaffActionRefused(result.message());
    };
  }

  /**
   * Links two customers that are the same person: the studio's own customer takes the Aggregator
   * ID and the bookings of the customer ClassPass's bookings created, which is then removed, so
   * the person has one profile and ClassPass's next booking lands on it.
   *
   * @param withIdCustomerId the customer carrying the Aggregator ID (typically created for a
   *     ClassPass booking)
   * @param keptCustomerId the studio's customer without one, who is kept
   * @return a sentence for staff saying what was done; never null
   * @throws NoSuchElementException when either customer does not exist
   * @throws StaffActionRefused when the pair no longer fits (linked or changed meanwhile)
   */
  @Transactional
  public String linkDuplicate(long withIdCustomerId, long keptCustomerId) {
    CustomerEntity withId = customer(withIdCustomerId);
    CustomerEntity kept = customer(keptCustomerId);
    String id = withId.getClassPassId();
    if (withIdCustomerId == keptCustomerId || id == null || kept.getClassPassId() != null) {
      throw new StaffActionRefused(name(kept) + " and " + name(withId)
          + " are no longer a pair to link; reload the Duplicates page");
    }
    int moved = bookings.moveCustomer(withIdCustomerId, keptCustomerId);
    customers.delete(customers.getReferenceById(withIdCustomerId));
    customers.flush(); // frees the id before the SDK links it to the kept customer
    LinkResult result = classPass.link(String.valueOf(keptCustomerId), id);
    if (result.outcome().refused()) {
      throw new StaffActionRefused(result.message());
    }
    return name(kept) + " now carries Aggregator ID " + id + "; " + moved
        + (moved == 1 ? " booking" : " bookings") + " of " + name(withId) + " moved to this"
        + " profile, and the duplicate was removed";
  }

  private CustomerEntity customer(long customerId) {
    return customers
        .findById(customerId)
        .orElseThrow(() -> new NoSuchElementException("no customer " + customerId));
  }

  /** "Maya Chen (customer 3)": the name staff know and the id that tells two namesakes apart. */
  static String name(CustomerEntity customer) {
    String name =
        Stream.of(customer.getFirstName(), customer.getLastName())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    return (name.isBlank() ? "a customer without a name" : name)
        + " (customer " + customer.getId() + ")";
  }
}
