package io.github.aggregatorsdk.classpass.example.studio;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A small studio-management app that sells its classes on ClassPass through the SDK's starter. */
@SpringBootApplication
public class StudioApplication {

  public static void main(String[] args) {
    SpringApplication.run(StudioApplication.class, args);
  }

  /**
   * "Now" for everything that depends on it (the demo data's dates, booking times); tests fix it.
   */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
