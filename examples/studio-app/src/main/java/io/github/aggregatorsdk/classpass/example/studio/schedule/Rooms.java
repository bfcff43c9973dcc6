package io.github.aggregatorsdk.classpass.example.studio.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

/** The studio's rooms. */
public interface Rooms extends JpaRepository<RoomEntity, Long> {}
