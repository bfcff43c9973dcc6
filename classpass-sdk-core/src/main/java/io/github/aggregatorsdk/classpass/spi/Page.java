package io.github.aggregatorsdk.classpass.spi;

import java.util.List;
import java.util.Objects;

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
}
