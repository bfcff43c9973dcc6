package io.github.aggregatorsdk.classpass.example.studio.studio;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The studio's locations. */
public interface Venues extends JpaRepository<VenueEntity, Long> {

  Optional<VenueEntity> findByIdAndPartnerId(Long id, Long partnerId);

  Page<VenueEntity> findByPartnerIdOrderByIdAsc(Long partnerId, Pageable page);
}
