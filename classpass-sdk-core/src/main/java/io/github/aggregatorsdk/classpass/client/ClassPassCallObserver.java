package io.github.aggregatorsdk.classpass.client;

/**
 * Told about every call a {@link ClassPassClient} built by {@link ClassPassClientBuilder} makes to
 * ClassPass, for timers and traces (the Spring Boot starter adapts it to Micrometer's {@code
 * ObservationRegistry}). One call is everything {@link ClassPassClient#registerPartner}, {@link
 * ClassPassClient#registerVenue}, {@link ClassPassClient#pushUpdate} or one batch of {@link
 * ClassPassClient#pushUpdates} sends, retries included.
 *
 * <p>{@link #started} is called on the caller's thread before the first attempt; exactly one of
 * the returned {@link Call}'s methods is then called on the same thread once the call ends, so
 * that an implementation may keep thread-bound state (a tracing scope) open in between.
 * Implementations MUST be thread-safe and quick; an exception they throw is logged at DEBUG and
 * never changes the call. Nothing given to them holds the access token or a request body.
 */
public interface ClassPassCallObserver {

  /**
   * An observer that ignores every call; the default.
   *
   * @return the observer; never null
   */
  static ClassPassCallObserver none() {
    return NoCallObserver.INSTANCE;
  }

  /**
   * A call is about to be sent.
   *
   * @param endpoint the request's method and path template without host, e.g. {@code POST
   *     /v1/inventory/batch-updates}; one of four fixed values, never an id; never null
   * @return what is told how the call ended; never null
   */
  Call started(String endpoint);

  /** One call under way; told once how it ended. */
  interface Call {

    /**
     * ClassPass accepted the call.
     *
     * @param status the HTTP status of the answer, e.g. {@code 200}
     * @param attempts how many attempts it took; at least 1
     */
    void succeeded(int status, int attempts);

    /**
     * The call failed, after the client's retries.
     *
     * @param failure what the client throws; never null. {@link FailureClass#of} classifies it;
     *     a {@link ClassPassApiException} carries the status
     * @param attempts how many attempts were made; at least 1
     */
    void failed(ClassPassException failure, int attempts);
  }
}
