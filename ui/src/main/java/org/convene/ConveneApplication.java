package org.convene;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * Convene: starts the application on the embedded store unless a MongoDB URI is configured.
 *
 * <p>Not a progressive web app ({@code @PWA}): its service worker and web manifest fetch icons and
 * an offline page in the background, with whatever session cookie the browser holds at that moment.
 * One of them reaching the server just after sign-in had changed the session id started a new,
 * anonymous session whose cookie replaced the signed-in one, and the user was sent back to the
 * sign-in form (decision 0023).
 */
@SpringBootApplication
@Push
public class ConveneApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ConveneApplication.class, args);
    }
}
