package org.convene.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring Boot test configuration of the ui module: the whole application on a random
 * port, on its own empty embedded store (see {@link FreshDataDirectory}) with the demo users and
 * a small fictitious demo month (3 referrals a working day). View tests (Karibu) and browser tests share it, so the application
 * starts once per test run: keep the properties here and do not add per-class properties,
 * {@code @MockBean}s or {@code @DirtiesContext}, which would start another application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "convene.demo.password=" + ConveneSpringTest.DEMO_PASSWORD,
        "convene.demo.referrals=true",
        "convene.demo.referrals-per-working-day=3",
        "vaadin.launch-browser=false",
        "server.shutdown=immediate"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
public @interface ConveneSpringTest {

    String DEMO_PASSWORD = "convene-demo";
}
