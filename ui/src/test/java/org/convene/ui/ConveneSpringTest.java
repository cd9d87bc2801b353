package org.convene.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.convene.testsupport.TestCounty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring Boot test configuration of the ui module: the whole application on a random
 * port, on its own empty embedded store (see {@link FreshDataDirectory}) with the demo users and
 * a small fictitious county ({@link TestCounty}). View tests (Karibu) and browser tests share it, so the application
 * starts once per test run: keep the properties here and do not add per-class properties,
 * {@code @MockBean}s or {@code @DirtiesContext}, which would start another application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "convene.demo.password=" + ConveneSpringTest.DEMO_PASSWORD,
        "vaadin.launch-browser=false",
        "server.shutdown=immediate"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
@Import(TestCounty.class)
public @interface ConveneSpringTest {

    String DEMO_PASSWORD = "convene-demo";
}
