package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata IDEs read from the jar documents every {@code classpass.*} property. */
class ConfigurationMetadataTest {

  private static final String METADATA = "META-INF/spring-configuration-metadata.json";

  @Test
  void everyClassPassPropertyHasADescription() throws IOException {
    Map<String, String> descriptions = classPassDescriptions();

    assertThat(descriptions.keySet()).containsAll(List.of(
        // ARCHITECTURE.md's table, then what the outbox and the dispatcher need.
        "classpass.environment", "classpass.base-url", "classpass.access-token",
        "classpass.connect-timeout", "classpass.read-timeout",
        "classpass.retry.max-attempts", "classpass.retry.initial-backoff",
        "classpass.retry.max-backoff",
        "classpass.sync.batch-size", "classpass.sync.dispatch-interval",
        "classpass.sync.full-resync-interval", "classpass.sync.horizon",
        "classpass.partner-api.enabled", "classpass.partner-api.base-path",
        "classpass.partner-api.token",
        "classpass.matching.policy", "classpass.matching.personal-data",
        "classpass.sync.enabled", "classpass.sync.max-attempts", "classpass.sync.dead-letter-age",
        "classpass.outbox.table-name", "classpass.outbox.create-tables",
        "classpass.sync.lease", "classpass.sync.shutdown-timeout",
        "classpass.sync.max-batches-in-flight",
        "classpass.sync.initial-backoff", "classpass.sync.max-backoff",
        "management.health.classpass.enabled"));
    assertThat(descriptions).allSatisfy((name, description) ->
        assertThat(description).as(name).isNotBlank().endsWith("."));
  }

  @Test
  void enumPropertiesListTheirValuesForIdes() throws IOException {
    Map<String, List<String>> hints = new HashMap<>();
    for (JsonNode hint : ourMetadata().path("hints")) {
      hints.put(hint.path("name").asText(), hint.path("values").findValuesAsText("value"));
    }

    assertThat(hints).containsEntry("classpass.environment", List.of("sandbox", "production"))
        .containsEntry("classpass.matching.policy",
            List.of("classpass-id", "classpass-id-then-email"))
        .containsEntry("classpass.matching.personal-data",
            List.of("all", "contact", "name-only"));
  }

  /** From this module's metadata file; other jars on the test classpath have their own. */
  private static JsonNode ourMetadata() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<URL> files = Collections.list(
        ConfigurationMetadataTest.class.getClassLoader().getResources(METADATA));
    List<JsonNode> ours = new ArrayList<>();
    for (URL file : files) {
      try (InputStream in = file.openStream()) {
        JsonNode metadata = json.readTree(in);
        if (metadata.path("groups").findValuesAsText("name").contains("classpass")) {
          ours.add(metadata);
        }
      }
    }
    assertThat(ours).as("metadata files with the classpass group").hasSize(1);
    return ours.get(0);
  }

  private static Map<String, String> classPassDescriptions() throws IOException {
    Map<String, String> descriptions = new HashMap<>();
    for (JsonNode property : ourMetadata().path("properties")) {
      String name = property.path("name").asText();
      if (name.startsWith("classpass.") || name.equals("management.health.classpass.enabled")) {
        descriptions.put(name, property.path("description").asText(""));
      }
    }
    return descriptions;
  }
}
