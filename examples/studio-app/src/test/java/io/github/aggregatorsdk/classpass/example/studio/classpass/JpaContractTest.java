package io.github.aggregatorsdk.classpass.example.studio.classpass;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole app without a web server and without demo data, plus the {@link JpaSpiFixture}: what
 * the SDK's contract tests run against. Every test class carrying it shares one application context
 * and its embedded database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "studio.demo.seed=false")
@Import({JpaSpiFixture.class, JpaSpiFixture.Repositories.class})
@interface JpaContractTest {}
