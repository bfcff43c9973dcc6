package io.github.aggregatorsdk.classpass.client;

/** The observer that ignores every call, without allocating per call. */
enum NoCallObserver implements ClassPassCallObserver, ClassPassCallObserver.Call {
  INSTANCE;

  @Override
  public Call started(String endpoint) {
    return this;
  }

  @Override
  public void succeeded(int status, int attempts) {}

  @Override
  public void failed(ClassPassException failure, int attempts) {}
}
