package io.github.aggregatorsdk.classpass.spring;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks {@code classpass.access-token} and {@code classpass.partner-api.token} in the {@code
 * configprops} and {@code env} endpoints, whatever {@code show-values} says and in every spelling
 * a property source may use ({@code classpass.partnerApi.token}, {@code
 * CLASSPASS_PARTNER_API_TOKEN}, ...).
 */
final class ClassPassTokenSanitizer implements SanitizingFunction {

  private static final Set<String> TOKENS =
      Set.of(canonical("classpass.access-token"), canonical("classpass.partner-api.token"));

  @Override
  public SanitizableData apply(SanitizableData data) {
    return TOKENS.contains(canonical(data.getKey())) ? data.withSanitizedValue() : data;
  }

  /** Lower case, letters and digits only: every relaxed-binding form of a name is equal. */
  private static String canonical(String key) {
    return key == null ? "" : key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
