package org.convene.ui.api;

import java.time.Instant;

import org.convene.coordination.missing.api.RecordChildReturnedCommand;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/missing-episodes/{episodeId}/return}: a {@link RecordChildReturnedCommand}. */
@Schema(description = "The child was found or returned. Fictitious example data only.")
public record RecordChildReturnedRequest(
        @Schema(example = "2026-01-06T08:15:00Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant returnedAt,
        String whereFound,
        String foundBy,
        String harmOrInjury) {

    RecordChildReturnedCommand toCommand(String episodeId) {
        return new RecordChildReturnedCommand(episodeId, returnedAt, whereFound, foundBy, harmOrInjury);
    }
}
