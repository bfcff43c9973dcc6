package io.github.aggregatorsdk.classpass.example.studio.customers;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The studio's customers. */
public interface Customers extends JpaRepository<CustomerEntity, Long> {

  Optional<CustomerEntity> findByClassPassId(String classPassId);

  /** Customers whose stored e-mail, trimmed and lower-cased, equals {@code normalizedEmail}. */
  @Query(
      "select c from CustomerEntity c where lower(trim(c.email)) = :normalizedEmail order by c.id")
  List<CustomerEntity> findByNormalizedEmail(String normalizedEmail);

  Page<CustomerEntity> findAllByOrderByIdAsc(Pageable page);
}
