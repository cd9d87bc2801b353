package org.convene.demo;

import org.convene.ConveneApplication;
import org.springframework.boot.SpringApplication;

/**
 * Convene with its demo, generator and benchmark tools (decision 0025): the same application as the
 * production jar ({@link ConveneApplication}, whose component scan finds this package when it is on
 * the class path), plus the fictitious demo month on a first start of an empty embedded store,
 * {@code --convene.generate=...} and {@code --convene.bench=...}.
 */
public final class DemoApplication {

    private DemoApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.run(ConveneApplication.class, args);
    }
}
