package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.partnerapi.AnsweredCallListener;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiRequest;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiResponse;
import io.github.aggregatorsdk.classpass.partnerapi.RefusedCallListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the partner API (the endpoints ClassPass calls) with Spring MVC at {@code
 * classpass.partner-api.base-path}, in a servlet web application, unless {@code
 * classpass.partner-api.enabled=false}.
 *
 * <p>The raw request goes to the SDK's framework-neutral handler, which reads and writes JSON with
 * the SDK's own mapper: the host's Jackson settings can never change the wire format.
 */
@AutoConfiguration(after = ClassPassServicesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({RouterFunction.class, HttpServletRequest.class})
@ConditionalOnBooleanProperty(name = "classpass.partner-api.enabled", matchIfMissing = true)
public final class ClassPassPartnerApiAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  PartnerApiHandler classPassPartnerApiHandler(
      ClassPassProperties properties,
      BookingServices services,
      HostRepositories repositories,
      ObjectProvider<RefusedCallListener> refusedListeners,
      ObjectProvider<AnsweredCallListener> answeredListeners,
      ObjectProvider<Clock> clock) {
    String token = properties.getPartnerApi().getToken();
    if (token == null || token.isBlank()) {
      throw new ClassPassConfigurationException(
          "classpass.partner-api.token",
          "the partner API is enabled but no token for ClassPass's calls is configured",
          "Set classpass.partner-api.token (or CLASSPASS_PARTNER_API_TOKEN) to the token you gave"
              + " ClassPass, or set classpass.partner-api.enabled=false to serve no endpoints.");
    }
    requireLength("classpass.partner-api.token", token);
    List<String> previous = properties.getPartnerApi().getPreviousTokens();
    for (String old : previous) {
      requireLength("classpass.partner-api.previous-tokens", old);
    }
    return PartnerApiHandler.builder()
        .token(token)
        .previousTokens(previous)
        .refusedCallListener(route -> refusedListeners.orderedStream()
            .forEach(listener -> listener.refused(route)))
        .answeredCallListener((endpoint, status) -> answeredListeners.orderedStream()
            .forEach(listener -> listener.answered(endpoint, status)))
        .basePath(properties.getPartnerApi().getBasePath())
        .bookingServices(services)
        .sessions(repositories.sessions())
        .partners(repositories.partners())
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .build();
  }

  /** Shortest token accepted: a guessable token would open the studio's bookings to anyone. */
  static final int MIN_TOKEN_LENGTH = 12;

  private static void requireLength(String property, String token) {
    if (token == null || token.trim().length() < MIN_TOKEN_LENGTH) {
      throw new ClassPassConfigurationException(
          property,
          "a token ClassPass sends must be at least " + MIN_TOKEN_LENGTH + " characters long",
          "Set " + property + " to the long random token you gave ClassPass (for example 32"
              + " characters from a password generator).");
    }
  }

  /** By name: a host's other router functions must not make the partner API disappear. */
  @Bean
  @ConditionalOnMissingBean(name = "classPassPartnerApiRoutes")
  RouterFunction<ServerResponse> classPassPartnerApiRoutes(PartnerApiHandler handler) {
    String base = handler.basePath();
    return RouterFunctions.route(
        RequestPredicates.path(base.isEmpty() ? "/**" : base)
            .or(RequestPredicates.path(base + "/**")),
        request -> answer(handler, request));
  }

  private static ServerResponse answer(PartnerApiHandler handler, ServerRequest request)
      throws IOException {
    HttpServletRequest servlet = request.servletRequest();
    PartnerApiResponse response =
        handler.handle(
            PartnerApiRequest.of(
                servlet.getMethod(),
                servlet.getRequestURI().substring(servlet.getContextPath().length()),
                servlet.getQueryString(),
                servlet::getHeader,
                servlet.getInputStream()));
    ServerResponse.BodyBuilder answer = ServerResponse.status(response.status());
    response.headers().forEach((name, value) -> answer.header(name, value));
    byte[] body = response.body();
    // Written as bytes, past every message converter: no host setting can touch the JSON.
    return answer.build(
        (servletRequest, servletResponse) -> {
          servletResponse.setContentLength(body.length);
          servletResponse.getOutputStream().write(body);
          return null;
        });
  }
}
