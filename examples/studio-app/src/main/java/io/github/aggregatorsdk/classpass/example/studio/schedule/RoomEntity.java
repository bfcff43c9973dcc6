package io.github.aggregatorsdk.classpass.example.studio.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A room classes take place in. */
@Entity
@Table(name = "room")
public class RoomEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private Instant updatedAt;

  protected RoomEntity() {}

  public RoomEntity(String name, Instant updatedAt) {
    this.name = name;
    this.updatedAt = updatedAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
