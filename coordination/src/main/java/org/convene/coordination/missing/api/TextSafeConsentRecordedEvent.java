package org.convene.coordination.missing.api;

import java.time.Instant;

import org.convene.coordination.shared.api.RecordedBy;

/** Consent to a TextSafe message was recorded. Permanent. */
public record TextSafeConsentRecordedEvent(String episodeId, String childId, String consentGivenBy,
                                           String relationshipToChild, RecordedBy recordedBy, Instant recordedAt) {
}
