package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.RequestTemplate;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BaseUrlTargetTest {

  @Test
  void prefixesTheBaseUrlToTheTemplatesPathAndQueryAndKeepsItsMethodHeadersAndBody() {
    BaseUrlTarget<InventoryApi> target =
        new BaseUrlTarget<>(InventoryApi.class, "https://proxy.example.com/classpass");
    RequestTemplate template =
        new RequestTemplate()
            .method(Request.HttpMethod.POST)
            .uri("/v1/inventory/updates?dry=true")
            .header("X-Trace", "abc")
            .body("{}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

    Request request = target.apply(template);

    assertThat(request.httpMethod()).isEqualTo(Request.HttpMethod.POST);
    assertThat(request.url())
        .isEqualTo("https://proxy.example.com/classpass/v1/inventory/updates?dry=true");
    assertThat(request.headers()).containsKey("X-Trace");
    assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    assertThat(target.url()).isEqualTo("https://proxy.example.com/classpass");
  }

  @Test
  void refusesWhatIsNotABaseUrl() {
    for (String url :
        new String[] {"https://api.classpass.com/", "https://a.com?x=1", "https://a.com#top"}) {
      assertThatThrownBy(() -> new BaseUrlTarget<>(InventoryApi.class, url))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
