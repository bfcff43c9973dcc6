package io.github.aggregatorsdk.classpass.partnerapi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wraps SPI implementations so that a test can count every call made to them and make them fail on
 * demand, as a broken host repository would.
 */
final class Counting {

  final AtomicInteger calls = new AtomicInteger();
  final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  /** A proxy of {@code target} that counts calls and throws {@link #failure} when set. */
  <T> T wrap(Class<T> type, T target) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
          }
          calls.incrementAndGet();
          RuntimeException failing = failure.get();
          if (failing != null) {
            throw failing;
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
