package org.convene.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Event classes are permanent: every event type has a stored JSON sample (what the event store
 * holds, written once by the application's event serializer), and each still reads back, through
 * the application's upcasters and serializer, as today's event with nothing lost (decision 0027).
 * A new event class without a sample fails here, and so does a sample no class reads any more.
 */
@ConveneSpringTest
class StoredEventSamplesTest {

    private static final Pattern EVENT_CLASS = Pattern.compile("org\\.convene\\.coordination\\.[a-z]+\\.api\\.\\w+Event");

    @Autowired @Qualifier("eventSerializer") Serializer eventSerializer;
    @Autowired Configuration axon;
    private StoredEvents stored;

    @BeforeEach
    void reader() {
        stored = new StoredEvents(eventSerializer, axon.upcasterChain());
    }

    static Set<Class<?>> eventClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(EVENT_CLASS));
        return scanner.findCandidateComponents("org.convene.coordination").stream()
                .map(candidate -> {
                    try {
                        return (Class<?>) Class.forName(candidate.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    @Test
    void everyEventClassHasAStoredSampleOfItsCurrentRevision() {
        Set<Class<?>> events = eventClasses();
        assertThat(events).contains(ReferralReceivedEvent.class);
        Set<String> samples = StoredEvents.samples().stream().map(StoredEvents.Sample::fileName)
                .collect(Collectors.toSet());

        List<String> missing = events.stream().map(c -> StoredEvents.Sample.fileName(stored.typeOf(c)))
                .filter(name -> !samples.contains(name)).sorted().toList();

        assertThat(missing).as("event classes without a stored sample in ui/src/test/resources/events "
                + "(write one with the application's event serializer, every field filled)").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyStoredSampleReadsBackAsTodaysEventWithNothingLost() {
        Set<Class<?>> events = eventClasses();
        return StoredEvents.samples().stream().map(sample -> DynamicTest.dynamicTest(sample.fileName(), () -> {
            assertThat(sample.json()).as("a sample fills every field").doesNotContain(":null");

            StoredEvents.Read read = stored.read(sample);

            assertThat(read.event()).as("no class reads " + sample.type() + " any more: keep the class or add an upcaster")
                    .isNotInstanceOf(UnknownSerializedType.class);
            assertThat(events).as("an event class of a coordination api package").contains(read.event().getClass());
            assertThat(read.type().getRevision()).as("stored at revision " + sample.revision()
                            + ", read at the revision of today's class (else an upcaster is missing)")
                    .isEqualTo(stored.typeOf(read.event().getClass()).getRevision());
            JsonNode written = stored.written(read.event());
            assertThat(written).as("every stored field read into today's class, none renamed, removed or added "
                    + "without an upcaster").isEqualTo(read.json());
        }));
    }
}
