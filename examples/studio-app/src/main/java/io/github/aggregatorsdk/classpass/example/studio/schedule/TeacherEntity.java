package io.github.aggregatorsdk.classpass.example.studio.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher; the display name is what customers see, for example "Kim P.". */
@Entity
@Table(name = "teacher")
public class TeacherEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String firstName;
  private String lastName;
  private String displayName;
  private Instant updatedAt;

  protected TeacherEntity() {}

  public TeacherEntity(String firstName, String lastName, String displayName, Instant updatedAt) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.displayName = displayName;
    this.updatedAt = updatedAt;
  }

  public Long getId() {
    return id;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
