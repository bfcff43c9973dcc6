package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * On embedded Tomcat, the requests Tomcat refuses itself under the partner API's base path (an
 * encoded control character, slash or backslash in the path) are answered in ClassPass's error
 * format, as the partner API answers every malformed request: Tomcat's error report valve on the
 * host is replaced by one that writes the partner API's answer there and Tomcat's page elsewhere,
 * with the settings of the valve it replaces ({@code server.error.*}).
 */
@AutoConfiguration(after = ClassPassPartnerApiAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ErrorReportValve.class, ConfigurableTomcatWebServerFactory.class})
@ConditionalOnBooleanProperty(name = "classpass.partner-api.enabled", matchIfMissing = true)
public final class ClassPassTomcatAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  ClassPassTomcatAutoConfiguration() {}

  @Bean
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> classPassTomcatErrorReport(
      ObjectProvider<PartnerApiHandler> partnerApi) {
    return new ErrorReportCustomizer(partnerApi);
  }

  /** Runs after Boot's own customizer, which adds the error report valve this one replaces. */
  static final class ErrorReportCustomizer
      implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final ObjectProvider<PartnerApiHandler> partnerApi;

    ErrorReportCustomizer(ObjectProvider<PartnerApiHandler> partnerApi) {
      this.partnerApi = partnerApi;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
      factory.addContextCustomizers(this::install);
    }

    private void install(Context context) {
      Container parent = context.getParent();
      if (!(parent instanceof StandardHost host)) {
        return;
      }
      Pipeline pipeline = host.getPipeline();
      ErrorReportValve replaced = null;
      for (Valve valve : pipeline.getValves()) {
        if (valve instanceof PartnerApiErrorReportValve) {
          return;
        }
        if (valve instanceof ErrorReportValve errorReport) {
          replaced = errorReport;
          pipeline.removeValve(valve);
        }
      }
      pipeline.addValve(new PartnerApiErrorReportValve(partnerApi::getIfAvailable, replaced));
      // The host adds Tomcat's default valve at start unless one of this class is in its pipeline.
      host.setErrorReportValveClass(PartnerApiErrorReportValve.class.getName());
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
