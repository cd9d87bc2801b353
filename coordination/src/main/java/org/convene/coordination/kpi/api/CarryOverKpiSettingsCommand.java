package org.convene.coordination.kpi.api;

import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.convene.coordination.shared.api.SystemCommand;

/**
 * Sent by Convene at start: the settings in force before any change was recorded as an event (those
 * an administrator saved with an earlier release, or the defaults) become the first event of the
 * settings' history. Does nothing once the settings have any event, so a restart or a second node
 * records nothing twice.
 *
 * @param formerlySetBy who saved them with the earlier release ({@code null}: the defaults)
 * @param formerlySetAt when they saved them ({@code null}: the defaults)
 */
@SystemCommand
public record CarryOverKpiSettingsCommand(@TargetAggregateIdentifier String settingsId, int childPopulation,
                                          String populationSource, Map<String, KpiThresholds> targets,
                                          String formerlySetBy, Instant formerlySetAt) {

    public CarryOverKpiSettingsCommand {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }
}
