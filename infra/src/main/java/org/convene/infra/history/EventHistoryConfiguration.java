package org.convene.infra.history;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The upcasters that read events stored by earlier releases as today's events (decision 0027).
 * Axon's Spring Boot configuration registers every {@link EventUpcaster} bean in the configuration's
 * upcaster chain, which the event storage engine reads through ({@code AxonMongoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class EventHistoryConfiguration {

    @Bean
    @Order(1)
    EventUpcaster referralRecordedEventUpcaster() {
        return new ReferralRecordedEventUpcaster();
    }

    @Bean
    @Order(2)
    EventUpcaster referralReceivedEventUpcaster() {
        return new ReferralReceivedEventUpcaster();
    }
}
