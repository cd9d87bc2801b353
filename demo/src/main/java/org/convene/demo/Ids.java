package org.convene.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Repeatable ids of a simulated history: the same prefix (history and seed) and parts give the same id. */
record Ids(String prefix) {

    String of(String kind, Object... parts) {
        StringBuilder key = new StringBuilder(prefix).append('-').append(kind);
        for (Object part : parts) {
            key.append('-').append(part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
