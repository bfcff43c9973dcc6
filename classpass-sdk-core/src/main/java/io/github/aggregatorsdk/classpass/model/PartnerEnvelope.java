package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A single partner wrapped as the API sends it: {@code {"partner": Partner}}, the body of a
 * registration and of the answer to {@code GET /partners/{partner_id}}.
 *
 * @param partner the partner; never null
 */
public record PartnerEnvelope(@JsonProperty("partner") Partner partner) {

  /**
   * Checks the partner.
   *
   * @throws NullPointerException if {@code partner} is null
   */
  public PartnerEnvelope {
    Objects.requireNonNull(partner, "partner");
  }
}
