package io.github.aggregatorsdk.classpass.example.studio.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

/** The studio's teachers. */
public interface Teachers extends JpaRepository<TeacherEntity, Long> {}
