package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.aggregatorsdk.classpass.model.Partner;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code GET /partners}: {@code {"partners": [Partner], "pagination"}}.
 *
 * @param partners the items of this page, in the listing's order; never null
 * @param pagination where this page lies in the listing; never null
 */
public record PartnerList(
    @JsonProperty("partners") List<Partner> partners,
    @JsonProperty("pagination") Pagination pagination) {

  /**
   * Copies the items so the record stays immutable (null becomes an empty list) and checks the
   * pagination.
   *
   * @throws NullPointerException if {@code pagination} is null
   */
  public PartnerList {
    partners = partners == null ? List.of() : List.copyOf(partners);
    Objects.requireNonNull(pagination, "pagination");
  }
}
