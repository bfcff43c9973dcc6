package io.github.aggregatorsdk.classpass.spi;

/**
 * One page of a listing: 1-based page number and page size. The page may lie far past the end (the
 * partner API passes any page ClassPass asks for up to {@link Integer#MAX_VALUE}): an
 * implementation MUST answer such a page with no items and the listing's total, and MUST NOT
 * compute the {@link #offset()} in {@code int} arithmetic, where it overflows.
 *
 * @param page the page number, 1 for the first page
 * @param size the number of items per page, at least 1
 */
public record PageRequest(int page, int size) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException when {@code page < 1} or {@code size < 1}
   */
  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, was " + page);
    }
    if (size < 1) {
      throw new IllegalArgumentException("size must be >= 1, was " + size);
    }
  }

  /** The first page of the given size. */
  public static PageRequest first(int size) {
    return new PageRequest(1, size);
  }

  /** Index of this page's first item in the whole listing, 0-based; may exceed {@link Integer#MAX_VALUE}. */
  public long offset() {
    return (long) (page - 1) * size;
  }

  /**
   * The page after this one, of the same size.
   *
   * @throws ArithmeticException when this is page {@link Integer#MAX_VALUE}
   */
  public PageRequest next() {
    return new PageRequest(Math.addExact(page, 1), size);
  }
}
