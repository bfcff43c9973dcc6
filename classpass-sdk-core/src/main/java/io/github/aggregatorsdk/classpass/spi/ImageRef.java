package io.github.aggregatorsdk.classpass.spi;

import java.util.Objects;

/**
 * An image of a partner, venue or instructor, by URL.
 *
 * @param url where ClassPass can fetch the image; never null
 * @param width width in pixels
 * @param height height in pixels
 */
public record ImageRef(String url, int width, int height) {

  /** Checks that the URL is present. */
  public ImageRef {
    Objects.requireNonNull(url, "url");
  }
}
