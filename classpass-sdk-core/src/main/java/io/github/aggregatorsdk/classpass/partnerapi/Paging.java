package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.model.internal.Pagination;
import io.github.aggregatorsdk.classpass.spi.PageRequest;

/** The {@code pagination} object of the list answers. */
final class Paging {

  private Paging() {}

  /** The pagination of a page of the request's size out of {@code totalItems}. */
  static Pagination pagination(PageRequest request, long totalItems) {
    long pages = Math.max(1, (totalItems + request.size() - 1) / request.size());
    return new Pagination(request.page(), request.size(), (int) Math.min(Integer.MAX_VALUE, pages));
  }
}
