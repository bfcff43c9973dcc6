package io.github.aggregatorsdk.classpass.example.studio.studio;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The studio business; ClassPass calls it a partner. */
@Entity
@Table(name = "partner")
public class PartnerEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String description;
  private Instant updatedAt;

  protected PartnerEntity() {}

  public PartnerEntity(String name, String description, Instant updatedAt) {
    this.name = name;
    this.description = description;
    this.updatedAt = updatedAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
