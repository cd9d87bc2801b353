package org.convene.coordination.missing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.SystemCommand;

/**
 * Sent by the return-interview clock (a saga deadline) when 72 hours have passed without an
 * outcome. Not for users: it carries no role and is dispatched by the system.
 */
@SystemCommand
public record MarkReturnInterviewOverdueCommand(@TargetAggregateIdentifier String episodeId) {
}
