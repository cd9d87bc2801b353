package org.convene.coordination.shared.api;

import java.util.Objects;

/**
 * Who recorded something: the user's login name and the agency they recorded it for.
 * Part of every event (its fields are permanent).
 */
public record RecordedBy(String userId, String agencyId) {

    public RecordedBy {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(agencyId, "agencyId");
    }
}
