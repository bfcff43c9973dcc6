package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ClassPass user's emergency contact. Personal data: {@link #toString()} prints nothing of it.
 *
 * @param name the contact's name; null when absent
 * @param phone the contact's phone; null when absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmergencyContact(
    @JsonProperty("name") String name, @JsonProperty("phone") String phone) {

  /** Hides the contact's name and phone. */
  @Override
  public String toString() {
    return "EmergencyContact[(personal data hidden)]";
  }
}
