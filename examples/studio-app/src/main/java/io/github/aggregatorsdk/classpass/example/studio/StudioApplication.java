package io.github.aggregatorsdk.classpass.example.studio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small studio-management app that sells its classes on ClassPass through the SDK's starter. */
@SpringBootApplication
public class StudioApplication {

  public static void main(String[] args) {
    SpringApplication.run(StudioApplication.class, args);
  }
}
