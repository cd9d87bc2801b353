package org.convene.coordination.shared;

import java.util.Map;

import org.convene.coordination.shared.api.KnownAgencies;

/** Partner agency registers for write-side tests. */
public final class TestAgencies {

    private TestAgencies() {
    }

    /** Knows exactly these agencies (id to name); any other id is not registered and is named by its id. */
    public static KnownAgencies named(Map<String, String> names) {
        return new KnownAgencies() {
            @Override
            public boolean exists(String agencyId) {
                return names.containsKey(agencyId);
            }

            @Override
            public String nameOf(String agencyId) {
                return names.getOrDefault(agencyId, agencyId);
            }
        };
    }
}
