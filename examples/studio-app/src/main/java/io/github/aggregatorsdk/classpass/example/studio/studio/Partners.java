package io.github.aggregatorsdk.classpass.example.studio.studio;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The studio businesses this app manages (usually one). */
public interface Partners extends JpaRepository<PartnerEntity, Long> {

  Page<PartnerEntity> findAllByOrderByIdAsc(Pageable page);
}
