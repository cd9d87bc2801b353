package org.convene.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The stored event samples ({@code src/test/resources/events}: one payload per file, as the event
 * store holds it, named {@code <payload type>[@<revision>].json}) and how the application reads
 * them back: through the configuration's upcaster chain, then the event serializer, as the event
 * storage engine does (decision 0027).
 */
final class StoredEvents {

    private static final Pattern FILE_NAME = Pattern.compile("(?<type>[\\w.$]+?)(?:@(?<revision>[\\w.-]+))?\\.json");

    /** One stored sample. {@code revision} is null for an event class without {@code @Revision}. */
    record Sample(String fileName, String type, String revision, String json) {

        static String fileName(SerializedType type) {
            return type.getName() + (type.getRevision() == null ? "" : "@" + type.getRevision()) + ".json";
        }
    }

    /** A sample as read today: its type after upcasting, the upcast JSON and the event object. */
    record Read(SerializedType type, JsonNode json, Object event) {
    }

    private final Serializer serializer;
    private final EventUpcaster upcasters;

    StoredEvents(Serializer serializer, EventUpcaster upcasters) {
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    static List<Sample> samples() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:events/*.json"))
                    .map(StoredEvents::sample)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sample sample(String fileName) {
        return samples().stream().filter(s -> s.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("No stored sample " + fileName));
    }

    private static Sample sample(Resource resource) {
        Matcher name = FILE_NAME.matcher(resource.getFilename());
        if (!name.matches()) {
            throw new AssertionError(resource.getFilename() + " is not named <payload type>[@<revision>].json");
        }
        try {
            return new Sample(resource.getFilename(), name.group("type"), name.group("revision"),
                    resource.getContentAsString(StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Read read(Sample sample) {
        return read(sample.type(), sample.revision(), sample.json());
    }

    Read read(String type, String revision, String json) {
        String metaData = serializer.serialize(MetaData.emptyInstance(), String.class).getData();
        var stored = new GenericDomainEventEntry<>("Sample", "sample-aggregate", 0, "sample-event", Instant.EPOCH,
                type, revision, json, metaData);
        List<IntermediateEventRepresentation> upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        if (upcast.size() != 1) {
            throw new AssertionError(type + " was upcast to " + upcast.size() + " events");
        }
        IntermediateEventRepresentation read = upcast.get(0);
        return new Read(read.getType(), read.getData(JsonNode.class).getData(), serializer.deserialize(read.getData()));
    }

    /** The JSON the application writes for {@code event} today. */
    JsonNode written(Object event) {
        var json = serializer.serialize(event, byte[].class);
        return serializer.getConverter().convert(json.getData(), byte[].class, JsonNode.class);
    }

    SerializedType typeOf(Class<?> eventClass) {
        return serializer.typeForClass(eventClass);
    }
}
