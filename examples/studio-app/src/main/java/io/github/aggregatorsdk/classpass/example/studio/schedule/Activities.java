package io.github.aggregatorsdk.classpass.example.studio.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

/** The studio's activities (class types). */
public interface Activities extends JpaRepository<ActivityEntity, Long> {}
