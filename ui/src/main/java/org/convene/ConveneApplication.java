package org.convene;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;

/** Convene: starts the application on the embedded store unless a MongoDB URI is configured. */
@SpringBootApplication
@Push
@PWA(name = "Convene", shortName = "Convene")
public class ConveneApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ConveneApplication.class, args);
    }
}
