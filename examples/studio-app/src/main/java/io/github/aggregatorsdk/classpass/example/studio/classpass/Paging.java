package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;

/** Between the SDK's pages (numbered from 1) and Spring Data's (numbered from 0). */
final class Paging {

  private Paging() {}

  static Pageable pageable(PageRequest request) {
    return org.springframework.data.domain.PageRequest.of(request.page() - 1, request.size());
  }

  static <E, T> Page<T> page(
      org.springframework.data.domain.Page<E> page, Function<E, T> mapper, PageRequest request) {
    return new Page<>(
        page.getContent().stream().map(mapper).toList(), page.getTotalElements(), request);
  }
}
