package io.github.aggregatorsdk.classpass.spring;

import java.util.List;
import java.util.stream.Collectors;

/** The host declares no (single) bean for one or more of the SDK's repository interfaces. */
final class MissingHostRepositoryException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<Class<?>> missing;

  MissingHostRepositoryException(List<Class<?>> missing) {
    super("no single bean of " + names(missing));
    this.missing = List.copyOf(missing);
  }

  List<Class<?>> missing() {
    return missing;
  }

  static String names(List<Class<?>> types) {
    return types.stream().map(Class::getName).collect(Collectors.joining(", "));
  }
}
