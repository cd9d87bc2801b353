package org.convene.coordination.kpi.api;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.convene.coordination.shared.api.RequiresRole;
import org.convene.coordination.shared.api.Roles;

/**
 * An administrator sets the child population (ONS mid-year estimate of children aged 0 to 17, for
 * the rates per 10,000) and the KPI targets: the whole settings page, as saved. Each difference
 * from the settings in force is recorded as its own event; nothing is recorded when any of it is
 * refused.
 *
 * @param targets         by KPI id; a KPI left out has no target
 * @param expectedVersion the settings' version as the sender's screen showed them; a change made
 *                        since by someone else refuses the command, naming it. {@code null}: no check.
 */
@RequiresRole({Roles.ADMINISTRATOR})
public record ChangeKpiSettingsCommand(@TargetAggregateIdentifier String settingsId, int childPopulation,
                                       String populationSource, Map<String, KpiThresholds> targets,
                                       @TargetAggregateVersion Long expectedVersion) {

    /** More children than any English partnership has: a figure above it is a typing error. */
    public static final int MAX_CHILD_POPULATION = 10_000_000;

    public ChangeKpiSettingsCommand {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** The partnership's settings, as a screen showing {@code expectedVersion} would send them. */
    public ChangeKpiSettingsCommand(int childPopulation, String populationSource, Map<String, KpiThresholds> targets,
                                    Long expectedVersion) {
        this(KpiSettingsId.PARTNERSHIP, childPopulation, populationSource, targets, expectedVersion);
    }
}
