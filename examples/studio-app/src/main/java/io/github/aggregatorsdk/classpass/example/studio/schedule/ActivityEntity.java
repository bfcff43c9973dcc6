package io.github.aggregatorsdk.classpass.example.studio.schedule;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A class type, such as "Vinyasa Flow", with what it offers to aggregators. */
@Entity
@Table(name = "activity")
public class ActivityEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String description;

  @Embedded private AggregatorSettings aggregators;

  private Instant updatedAt;

  protected ActivityEntity() {}

  public ActivityEntity(
      String name, String description, AggregatorSettings aggregators, Instant updatedAt) {
    this.name = name;
    this.description = description;
    this.aggregators = aggregators;
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

  public AggregatorSettings getAggregators() {
    return aggregators;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** Sets what the activity offers to aggregators, as staff do on the activity rules page. */
  public void changeAggregators(AggregatorSettings aggregators, Instant at) {
    this.aggregators = aggregators;
    this.updatedAt = at;
  }
}
