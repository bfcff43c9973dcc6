package io.github.aggregatorsdk.classpass.example.studio.studio;

import io.github.aggregatorsdk.classpass.example.studio.Address;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** A location of the studio where classes take place; ClassPass calls it a venue. */
@Entity
@Table(name = "venue")
public class VenueEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private PartnerEntity partner;

  private String name;
  private String description;

  @Embedded private Address address;

  /** The zone class times are given in, for example "America/New_York". */
  private String timeZone;

  private String phone;
  private String email;
  private String website;
  private Double latitude;
  private Double longitude;
  private Instant updatedAt;

  protected VenueEntity() {}

  public VenueEntity(PartnerEntity partner, String name, ZoneId zone, Instant updatedAt) {
    this.partner = partner;
    this.name = name;
    this.timeZone = zone.getId();
    this.updatedAt = updatedAt;
  }

  /** Sets the public details shown on ClassPass; returns this venue. */
  public VenueEntity describe(
      String description, Address address, String phone, String email, String website) {
    this.description = description;
    this.address = address;
    this.phone = phone;
    this.email = email;
    this.website = website;
    return this;
  }

  /** Sets the coordinates; both or neither. Returns this venue. */
  public VenueEntity locate(Double latitude, Double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
    return this;
  }

  public Long getId() {
    return id;
  }

  public PartnerEntity getPartner() {
    return partner;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Address getAddress() {
    return address;
  }

  public ZoneId getZone() {
    return ZoneId.of(timeZone);
  }

  public void setZone(ZoneId zone) {
    this.timeZone = zone.getId();
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getWebsite() {
    return website;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
