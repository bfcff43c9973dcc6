package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiRequest;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
@AutoConfiguration(after = ClassPassIntegrationAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({RouterFunction.class, HttpServletRequest.class})
@ConditionalOnBooleanProperty(name = "classpass.partner-api.enabled", matchIfMissing = true)
public final class ClassPassPartnerApiAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  PartnerApiHandler classPassPartnerApiHandler(
      ClassPassIntegration integration, ClassPassProperties properties) {
    PartnerApiTokens.required(properties.getPartnerApi());
    return integration.partnerApi();
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
