package io.github.aggregatorsdk.classpass.client;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import java.util.Objects;

/**
 * Feign's target for a fixed base URL: each request's URL is the base URL followed by the
 * template's path and query. Feign's {@link Target.HardCodedTarget} gets the same result by handing
 * the base URL to the template on every call, which parses it into a {@link java.net.URI} and merges
 * its path again each time; the builder has already reduced the base URL to scheme, authority and
 * a path without a trailing slash, so plain concatenation is enough.
 */
final class BaseUrlTarget<T> implements Target<T> {

  private final Class<T> type;
  private final String url;

  /** {@code url}: absolute, without a trailing slash, query or fragment. */
  BaseUrlTarget(Class<T> type, String url) {
    this.type = Objects.requireNonNull(type, "type");
    if (url.endsWith("/") || url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
      throw new IllegalArgumentException("not a base URL: " + url);
    }
    this.url = url;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String name() {
    return url;
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public Request apply(RequestTemplate input) {
    return Request.create(
        Request.HttpMethod.valueOf(input.method()),
        url + input.url(),
        input.headers(),
        input.requestBody(),
        input);
  }

  @Override
  public String toString() {
    return "BaseUrlTarget(type=" + type.getSimpleName() + ", url=" + url + ")";
  }
}
