package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;

/** Between the SDK's pages (numbered from 1) and Spring Data's (numbered from 0). */
final class Paging {

  private Paging() {}

  /**
   * One page of a Spring Data query. ClassPass may ask for any page up to {@link
   * Integer#MAX_VALUE}; Spring Data hands Hibernate the offset as an {@code int}, which overflows
   * (an {@link ArithmeticException}, a 500) for such pages. No listing is that long, so they are
   * answered empty, with the listing's total read from its first page.
   */
  static <E, T> Page<T> page(
      PageRequest request,
      Function<Pageable, org.springframework.data.domain.Page<E>> query,
      Function<List<E>, List<T>> mapper) {
    if (request.offset() + request.size() > Integer.MAX_VALUE) {
      long total = query.apply(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements();
      return new Page<>(List.of(), total, request);
    }
    org.springframework.data.domain.Page<E> found =
        query.apply(
            org.springframework.data.domain.PageRequest.of(request.page() - 1, request.size()));
    return new Page<>(mapper.apply(found.getContent()), found.getTotalElements(), request);
  }

  /** Maps each item on its own. */
  static <E, T> Function<List<E>, List<T>> each(Function<E, T> mapper) {
    return items -> items.stream().map(mapper).toList();
  }
}
