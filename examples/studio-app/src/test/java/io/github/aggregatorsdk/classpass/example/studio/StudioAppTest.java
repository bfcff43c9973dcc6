package io.github.aggregatorsdk.classpass.example.studio;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The app as the demo runs it: a real web server on a random port, the embedded database with the
 * demo data, ClassPass simulated, plus the {@link StudioFixture}. Every test class carrying it
 * shares one application context, so tests make their own classes and reservation ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(StudioFixture.class)
public @interface StudioAppTest {}
