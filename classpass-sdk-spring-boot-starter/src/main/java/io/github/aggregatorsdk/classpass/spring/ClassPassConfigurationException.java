package io.github.aggregatorsdk.classpass.spring;

/**
 * A {@code classpass.*} property is missing or wrong; startup stops with a message naming it.
 * Never carries a property's value.
 */
final class ClassPassConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String action;

  ClassPassConfigurationException(String property, String problem, String action) {
    super(property + ": " + problem);
    this.property = property;
    this.action = action;
  }

  String property() {
    return property;
  }

  String action() {
    return action;
  }
}
