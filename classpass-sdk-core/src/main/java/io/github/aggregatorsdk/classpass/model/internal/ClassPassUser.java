package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.aggregatorsdk.classpass.model.Address;

/**
 * The ClassPass user in a reservation request. Holds personal data: {@link #toString()} prints
 * only the ClassPass user id.
 *
 * @param userId the ClassPass user id (the "Aggregator ID" customer matching keys on); required
 * @param email e-mail address; null when absent
 * @param username ClassPass user name; null when absent
 * @param firstName first name
 * @param lastName last name
 * @param gender gender as ClassPass sends it; null when absent
 * @param birthday birthday as sent, normally {@code YYYY-MM-DD}; null when absent. Kept as text
 *     so that an unexpected format never refuses a booking.
 * @param phone phone number; null when absent
 * @param address postal address; null when absent
 * @param emergencyContact emergency contact; null when absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassPassUser(
    @JsonProperty("user_id") String userId,
    @JsonProperty("user_email") String email,
    @JsonProperty("user_username") String username,
    @JsonProperty("first_name") String firstName,
    @JsonProperty("last_name") String lastName,
    @JsonProperty("gender") String gender,
    @JsonProperty("birthday") String birthday,
    @JsonProperty("phone") String phone,
    @JsonProperty("address") Address address,
    @JsonProperty("emergency_contact") EmergencyContact emergencyContact) {

  /** Prints the ClassPass user id only; names, contact data and birthday stay hidden. */
  @Override
  public String toString() {
    return "ClassPassUser[userId=" + userId + ", (personal data hidden)]";
  }
}
