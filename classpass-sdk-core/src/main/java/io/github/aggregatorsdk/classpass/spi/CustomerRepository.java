package io.github.aggregatorsdk.classpass.spi;

import java.util.List;
import java.util.Optional;

/**
 * The host's customers, as far as ClassPass customer matching needs them.
 *
 * <p>Implementations MUST be thread-safe. Methods never return null. A ClassPass user id MUST be
 * carried by at most one customer (a unique constraint in a database). The SDK calls
 * {@link #create} and {@link #linkClassPassUserId} inside
 * {@link SessionTransactions#inSessionTransaction}, so their writes commit or roll back with the
 * booking they belong to. Exceptions thrown by an implementation reach the caller as they are,
 * except {@link ValueNotStorableException} from {@link #create}, which the SDK answers (see there),
 * and a failure the SDK can explain by re-reading (a race a unique constraint decided), after which
 * it tries the reservation once more.
 */
public interface CustomerRepository {

  /**
   * The customer carrying a ClassPass user id.
   *
   * @param classPassUserId the ClassPass user id; never null
   * @return the customer, or empty when none carries it
   */
  Optional<Customer> findByClassPassUserId(String classPassUserId);

  /**
   * One customer by the host's id; used by manual linking. The default pages through
   * {@link #page} until it finds the customer, which is correct but slow: implementations SHOULD
   * override it with a direct lookup.
   *
   * @param customerId the customer's id; never null
   * @return the customer, or empty when the host has none with this id
   */
  default Optional<Customer> findById(String customerId) {
    return Page.all(this::page, PageRequest.first(500))
        .filter(customer -> customer.id().equals(customerId))
        .findFirst();
  }

  /**
   * Customers whose e-mail address equals the given one, ignoring case and surrounding
   * whitespace. Only called when the matching policy includes e-mail; the default answers none,
   * which makes that policy behave like matching by ClassPass id alone.
   *
   * @param normalizedEmail the address, already trimmed and lower-cased; never null
   * @return the matching customers, in a stable order; empty when none
   */
  default List<Customer> findByEmail(String normalizedEmail) {
    return List.of();
  }

  /**
   * Creates a customer for a ClassPass user.
   *
   * <p>MUST be idempotent on {@link NewCustomer#classPassUserId()}: when a customer carrying that
   * id already exists (for example created by a concurrent request), the implementation MUST NOT
   * create a second one and MUST return the existing customer instead.
   *
   * @param customer what to create; never null
   * @return the created (or already existing) customer, carrying the ClassPass user id
   * @throws ValueNotStorableException before writing anything, when a value does not fit the
   *     host's storage; the SDK then creates the customer without an optional value, or refuses the
   *     reservation with 4001 for a required one
   */
  Customer create(NewCustomer customer);

  /**
   * Links a ClassPass user id to an existing customer, replacing none: the SDK only calls this
   * after checking that the customer carries no ClassPass user id and no other customer carries
   * this one. Because a concurrent call may have linked the id elsewhere in the meantime, the
   * implementation MUST fail (with any runtime exception, for example the unique constraint's)
   * rather than let two customers carry the same ClassPass user id.
   *
   * @param customerId the customer's id; never null
   * @param classPassUserId the ClassPass user id to store; never null
   * @return the customer after the change
   * @throws java.util.NoSuchElementException when no customer has this id
   */
  Customer linkClassPassUserId(String customerId, String classPassUserId);

  /**
   * Removes the ClassPass user id from a customer, as staff do when an id was linked to the wrong
   * customer; the customer and its bookings stay. Optional capability, used by manual unlinking
   * only: the default throws {@link UnsupportedOperationException}, so that repositories written
   * before it keep compiling and refuse unlinking clearly. Idempotent: a customer carrying no id
   * is returned unchanged.
   *
   * @param customerId the customer's id; never null
   * @return the customer after the change, carrying no ClassPass user id
   * @throws java.util.NoSuchElementException when no customer has this id
   * @throws UnsupportedOperationException when the repository cannot unlink (the default)
   */
  default Customer unlinkClassPassUserId(String customerId) {
    throw new UnsupportedOperationException(
        getClass().getName() + " cannot unlink ClassPass user ids");
  }

  /**
   * One page of all customers, in a stable order; used for the duplicate report.
   *
   * @param page which page; never null
   * @return the page; empty items when past the end
   */
  Page<Customer> page(PageRequest page);
}
