package io.github.aggregatorsdk.classpass.spi;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One page of a listing together with the size of the whole listing.
 *
 * @param items the items of this page, in a stable order; never null, at most the request's size
 * @param totalItems the number of items in the whole listing, not only this page
 * @param request the request this page answers; never null
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long totalItems, PageRequest request) {

  /** Copies the items and checks the counts. */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(request, "request");
    if (totalItems < 0) {
      throw new IllegalArgumentException("totalItems must be >= 0, was " + totalItems);
    }
    if (items.size() > request.size()) {
      throw new IllegalArgumentException(
          "a page holds at most " + request.size() + " items, got " + items.size());
    }
  }

  /**
   * Cuts the page a request asks for out of a complete, ordered list.
   *
   * @param all every item of the listing, in order
   * @param request which page to cut
   * @param <T> the item type
   * @return the page, empty when the request lies past the end
   */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    long from = Math.min(request.offset(), all.size());
    long to = Math.min(from + request.size(), all.size());
    return new Page<>(all.subList((int) from, (int) to), all.size(), request);
  }

  /** The number of pages of the request's size the listing has; 1 for an empty listing. */
  public long totalPages() {
    return Math.max(1, (totalItems + request.size() - 1) / request.size());
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return request.page() < totalPages();
  }

  /**
   * Every page of a listing, fetched lazily one after the other from {@code first}, until a page
   * is empty or has no next: what a caller that reads a whole listing walks through. A stream
   * that stops early (a match found, a limit reached) fetches no further page.
   *
   * @param fetch answers one page, for example {@code customers::page}; never null
   * @param first the first page to fetch; never null
   * @param <T> the item type
   * @return the pages, in order; never null
   */
  public static <T> Stream<Page<T>> pages(Function<PageRequest, Page<T>> fetch,
      PageRequest first) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(first, "first");
    return Stream.iterate(fetch.apply(first), Objects::nonNull,
        page -> page.items().isEmpty() || !page.hasNext()
            ? null : fetch.apply(page.request().next()));
  }

  /**
   * Every item of a listing, fetched lazily page by page as {@link #pages} does.
   *
   * @param fetch answers one page; never null
   * @param first the first page to fetch; never null
   * @param <T> the item type
   * @return the items, in order; never null
   */
  public static <T> Stream<T> all(Function<PageRequest, Page<T>> fetch, PageRequest first) {
    return pages(fetch, first).flatMap(page -> page.items().stream());
  }
}
