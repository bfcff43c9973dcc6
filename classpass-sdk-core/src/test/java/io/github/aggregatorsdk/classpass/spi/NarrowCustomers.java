package io.github.aggregatorsdk.classpass.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A host's customers that refuse to store some fields (by the host's field names) whenever they
 * are present: {@link ValueNotStorableException} as a narrow column would throw it.
 */
public record NarrowCustomers(CustomerRepository delegate, Set<String> refused)
    implements CustomerRepository {

  @Override
  public Optional<Customer> findByClassPassUserId(String classPassUserId) {
    return delegate.findByClassPassUserId(classPassUserId);
  }

  @Override
  public List<Customer> findByEmail(String normalizedEmail) {
    return delegate.findByEmail(normalizedEmail);
  }

  @Override
  public Customer create(NewCustomer customer) {
    check("email", customer.email());
    check("lastName", customer.lastName());
    check(
        "address.countryCode",
        customer.address() == null ? null : customer.address().countryCode());
    return delegate.create(customer);
  }

  private void check(String field, Object value) {
    if (value != null && refused.contains(field)) {
      throw new ValueNotStorableException(field);
    }
  }

  @Override
  public Customer linkClassPassUserId(String customerId, String classPassUserId) {
    return delegate.linkClassPassUserId(customerId, classPassUserId);
  }

  @Override
  public Page<Customer> page(PageRequest page) {
    return delegate.page(page);
  }
}
