package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.sql.Savepoint;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's customers for the SDK's customer matching. Writes join the caller's transaction (the
 * SDK's per-class transaction when it books), so a customer created for a booking that fails
 * disappears with it.
 */
@Component
@Transactional
class JpaCustomerRepository implements CustomerRepository {

  private final Customers customers;
  private final JdbcTemplate jdbcTemplate;
  private final JdbcClient jdbc;

  JpaCustomerRepository(Customers customers, JdbcTemplate jdbcTemplate) {
    this.customers = customers;
    this.jdbcTemplate = jdbcTemplate;
    this.jdbc = JdbcClient.create(jdbcTemplate);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Customer> findByClassPassUserId(String classPassUserId) {
    return customers.findByClassPassId(classPassUserId).map(JpaCustomerRepository::toCustomer);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Customer> findById(String customerId) {
    return Ids.parse(customerId)
        .flatMap(customers::findById)
        .map(JpaCustomerRepository::toCustomer);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Customer> findByEmail(String normalizedEmail) {
    return customers.findByNormalizedEmail(normalizedEmail).stream()
        .map(JpaCustomerRepository::toCustomer)
        .toList();
  }

  /**
   * Idempotent on the ClassPass user id, also when two requests for the same user race. The SDK
   * calls it for a user it has just looked up and not found, so it inserts first and reads only
   * when the unique constraint says the user is stored already.
   */
  @Override
  public Customer create(NewCustomer customer) {
    checkColumns(customer);
    String classPassId = customer.classPassUserId();
    Optional<Long> id = insertUnlessTaken(customer);
    if (id.isPresent()) {
      // What was just stored, without reading it back.
      return new Customer(
          Ids.format(id.get()),
          customer.firstName(),
          customer.lastName(),
          customer.email(),
          customer.phone(),
          customer.birthday(),
          classPassId);
    }
    return customers
        .findByClassPassId(classPassId)
        .map(JpaCustomerRepository::toCustomer)
        .orElseThrow(
            () -> new IllegalStateException("customer for " + classPassId + " not stored"));
  }

  /** Refuses, before writing, a value wider than its column (see {@link Columns}). */
  private static void checkColumns(NewCustomer customer) {
    Columns.fits(customer.classPassUserId(), Columns.CLASSPASS_ID, "classPassUserId");
    Columns.fits(customer.firstName(), Columns.NAME, "firstName");
    Columns.fits(customer.lastName(), Columns.NAME, "lastName");
    Columns.fits(customer.email(), Columns.EMAIL, "email");
    Columns.fits(customer.phone(), Columns.PHONE, "phone");
    PostalAddress address = customer.address();
    if (address != null) {
      Columns.fits(address.line1(), Columns.ADDRESS_LINE, "address.line1");
      Columns.fits(address.line2(), Columns.ADDRESS_LINE, "address.line2");
      Columns.fits(address.city(), Columns.CITY, "address.city");
      Columns.fits(address.region(), Columns.REGION, "address.region");
      Columns.fits(address.postalCode(), Columns.POSTAL_CODE, "address.postalCode");
      Columns.fits(address.countryCode(), Columns.COUNTRY_CODE, "address.countryCode");
    }
  }

  /**
   * Inserts the customer and returns its id, or empty when a customer with the same ClassPass user
   * id is stored already (by an earlier or a concurrent request), which the unique constraint
   * tells us. The insert runs under a savepoint and through plain JDBC: a failed statement must
   * cost only the savepoint, not the caller's transaction (PostgreSQL aborts a transaction on any
   * error, and Hibernate marks it rollback-only).
   */
  private Optional<Long> insertUnlessTaken(NewCustomer customer) {
    return jdbcTemplate.execute(
        (ConnectionCallback<Optional<Long>>)
            connection -> {
              Savepoint beforeInsert = connection.setSavepoint();
              try {
                long id = insert(customer);
                connection.releaseSavepoint(beforeInsert);
                return Optional.of(id);
              } catch (DuplicateKeyException storedAlready) {
                connection.rollback(beforeInsert);
                return Optional.empty();
              }
            });
  }

  private long insert(NewCustomer customer) {
    Optional<PostalAddress> address = Optional.ofNullable(customer.address());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into customer (first_name, last_name, email, phone, birthday,
                address_line1, address_line2, city, region, postal_code, country_code, classpass_id)
            values (:firstName, :lastName, :email, :phone, :birthday,
                :line1, :line2, :city, :region, :postalCode, :countryCode, :classPassId)\
            """)
        .param("firstName", customer.firstName())
        .param("lastName", customer.lastName())
        .param("email", customer.email())
        .param("phone", customer.phone())
        .param("birthday", customer.birthday())
        .param("line1", address.map(PostalAddress::line1).orElse(null))
        .param("line2", address.map(PostalAddress::line2).orElse(null))
        .param("city", address.map(PostalAddress::city).orElse(null))
        .param("region", address.map(PostalAddress::region).orElse(null))
        .param("postalCode", address.map(PostalAddress::postalCode).orElse(null))
        .param("countryCode", address.map(PostalAddress::countryCode).orElse(null))
        .param("classPassId", customer.classPassUserId())
        .update(key, "id");
    return key.getKeyAs(Long.class);
  }

  /**
   * Links only a customer that carries no ClassPass id yet, in one conditional update: two
   * reservations matching the same customer by e-mail at once must not both link it, the second
   * silently replacing the first's id. The loser fails here (and the SDK tries again, seeing the
   * winner's link); the unique constraint speaks now, inside this call, rather than at commit.
   */
  @Override
  public Customer linkClassPassUserId(String customerId, String classPassUserId) {
    Columns.fits(classPassUserId, Columns.CLASSPASS_ID, "classPassUserId");
    CustomerEntity customer =
        Ids.parse(customerId)
            .flatMap(customers::findById)
            .orElseThrow(() -> new NoSuchElementException("no customer " + customerId));
    int linked =
        jdbc.sql("update customer set classpass_id = :classPassId where id = :id and classpass_id is null")
            .param("classPassId", classPassUserId)
            .param("id", customer.getId())
            .update();
    if (linked == 0) {
      throw new IllegalStateException("customer " + customerId + " already carries a ClassPass id");
    }
    return new Customer(
        customerId,
        customer.getFirstName(),
        customer.getLastName(),
        customer.getEmail(),
        customer.getPhone(),
        customer.getBirthday(),
        classPassUserId);
  }

  /** Staff unlink an id linked to the wrong customer; the customer and its bookings stay. */
  @Override
  public Customer unlinkClassPassUserId(String customerId) {
    CustomerEntity customer =
        Ids.parse(customerId)
            .flatMap(customers::findById)
            .orElseThrow(() -> new NoSuchElementException("no customer " + customerId));
    jdbc.sql("update customer set classpass_id = null where id = :id")
        .param("id", customer.getId())
        .update();
    return new Customer(
        customerId,
        customer.getFirstName(),
        customer.getLastName(),
        customer.getEmail(),
        customer.getPhone(),
        customer.getBirthday(),
        null);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<Customer> page(PageRequest page) {
    return Paging.page(
        page, customers::findAllByOrderByIdAsc, Paging.each(JpaCustomerRepository::toCustomer));
  }

  private static Customer toCustomer(CustomerEntity customer) {
    return new Customer(
        Ids.format(customer.getId()),
        customer.getFirstName(),
        customer.getLastName(),
        customer.getEmail(),
        customer.getPhone(),
        customer.getBirthday(),
        customer.getClassPassId());
  }
}
