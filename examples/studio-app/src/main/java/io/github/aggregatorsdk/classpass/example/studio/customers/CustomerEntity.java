package io.github.aggregatorsdk.classpass.example.studio.customers;

import io.github.aggregatorsdk.classpass.example.studio.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A customer of the studio: walk-in, member or ClassPass user. */
@Entity
@Table(name = "customer")
public class CustomerEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String firstName;
  private String lastName;
  private String email;
  private String phone;
  private LocalDate birthday;

  @Embedded private Address address;

  /** The "Aggregator ID" in the customer's profile; unique, null for most customers. */
  @Column(name = "classpass_id")
  private String classPassId;

  protected CustomerEntity() {}

  public CustomerEntity(
      String firstName,
      String lastName,
      String email,
      String phone,
      LocalDate birthday,
      Address address) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.phone = phone;
    this.birthday = birthday;
    this.address = address;
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

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public Address getAddress() {
    return address;
  }

  public String getClassPassId() {
    return classPassId;
  }

  /** Stores the ClassPass user id, as staff do by typing it in; the database keeps it unique. */
  public void setClassPassId(String classPassId) {
    this.classPassId = classPassId;
  }
}
