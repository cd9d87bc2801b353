package org.convene.coordination.kpi;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.convene.coordination.kpi.api.CarryOverKpiSettingsCommand;
import org.convene.coordination.kpi.api.ChangeKpiSettingsCommand;
import org.convene.coordination.kpi.api.ChildPopulationChangedEvent;
import org.convene.coordination.kpi.api.KpiSettingsCarriedOverEvent;
import org.convene.coordination.kpi.api.KpiTargetChangedEvent;
import org.convene.coordination.kpi.api.KpiTargetRule;
import org.convene.coordination.kpi.api.KpiTargetRules;
import org.convene.coordination.kpi.api.KpiThresholds;
import org.convene.coordination.shared.UnseenChanges;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.TextRules;

/**
 * The partnership's KPI settings (one record, decision 0028): the child population for the rates
 * per 10,000 and the targets of the KPIs. Every change is an event naming who made it and when.
 */
@Aggregate(cache = "aggregateCache")
public class PartnershipKpiSettings {

    @AggregateIdentifier
    private String settingsId;
    private int population;
    private String source;
    private Map<String, KpiThresholds> targets = new TreeMap<>();

    PartnershipKpiSettings() {
        // for Axon, and created by the first carry-over
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CarryOverKpiSettingsCommand c,
                @MetaDataValue(value = MessageMetaData.USER_ID, required = true) String userId,
                @MetaDataValue(value = MessageMetaData.AGENCY_ID, required = true) String agencyId) {
        if (settingsId != null) {
            return; // the history has begun: nothing to carry over any more
        }
        // recorded as they were in force (an earlier release checked them when they were saved)
        apply(new KpiSettingsCarriedOverEvent(c.settingsId(), c.childPopulation(), c.populationSource(),
                c.targets(), c.formerlySetBy(), c.formerlySetAt(), new RecordedBy(userId, agencyId),
                GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(ChangeKpiSettingsCommand c, ConflictResolver unseen, KnownAgencies agencies, KpiTargetRules rules,
                @MetaDataValue(value = MessageMetaData.USER_ID, required = true) String userId,
                @MetaDataValue(value = MessageMetaData.AGENCY_ID, required = true) String agencyId) {
        UnseenChanges.refuseIfConflicting(unseen, PartnershipKpiSettings::change, agencies, userId,
                "make your change again");
        String newSource = c.populationSource() == null || c.populationSource().isBlank() ? null
                : c.populationSource().strip();
        TextRules.throwIfAny(problems(c.childPopulation(), newSource, c.targets(), rules));
        RecordedBy by = new RecordedBy(userId, agencyId);
        Instant now = GenericEventMessage.clock.instant();
        boolean changed = false;
        if (c.childPopulation() != population || !Objects.equals(newSource, source)) {
            apply(new ChildPopulationChangedEvent(settingsId, population, source, c.childPopulation(), newSource, by,
                    now));
            changed = true;
        }
        Set<String> kpis = new TreeSet<>(targets.keySet());
        kpis.addAll(c.targets().keySet());
        for (String kpi : kpis) {
            KpiThresholds before = targets.get(kpi);
            KpiThresholds after = c.targets().get(kpi);
            if (!Objects.equals(before, after)) {
                apply(new KpiTargetChangedEvent(settingsId, kpi, before, after, by, now));
                changed = true;
            }
        }
        if (!changed) {
            throw new CommandRejectedException("Nothing to save: the population and the targets are as they were.");
        }
    }

    /** Every change since the screen was read conflicts: the page saves the whole settings (decision 0022). */
    static String change(Object event) {
        if (event instanceof ChildPopulationChangedEvent) {
            return "changed the child population";
        }
        if (event instanceof KpiTargetChangedEvent) {
            return "changed the KPI targets";
        }
        return event instanceof KpiSettingsCarriedOverEvent ? "recorded the settings" : null;
    }

    private static List<String> problems(int childPopulation, String populationSource,
                                         Map<String, KpiThresholds> chosen, KpiTargetRules rules) {
        List<String> problems = new ArrayList<>();
        if (childPopulation < 1 || childPopulation > ChangeKpiSettingsCommand.MAX_CHILD_POPULATION) {
            problems.add("Enter the child population: a whole number from 1 to 10,000,000.");
        }
        TextRules.optionalText(populationSource, "The source of the population figure", TextRules.MAX_NAME_LENGTH,
                problems);
        new TreeMap<>(chosen).forEach((kpi, t) -> {
            KpiTargetRule rule = rules.rule(kpi).orElse(null);
            if (rule == null) {
                problems.add("\"" + kpi + "\" is not a KPI that takes a target.");
            } else if (t == null || !valid(t.green(), rule) || !valid(t.amber(), rule)) {
                problems.add("The thresholds for \"" + rule.label() + "\" must be numbers from 0"
                        + (rule.maximum() == null ? "" : " to " + rule.maximum().intValue()) + ".");
            } else if (rule.higherIsBetter() ? t.green() < t.amber() : t.green() > t.amber()) {
                problems.add("The target for \"" + rule.label() + "\": Green must be at least as good as Amber.");
            }
        });
        return problems;
    }

    private static boolean valid(double threshold, KpiTargetRule rule) {
        return Double.isFinite(threshold) && threshold >= 0 && (rule.maximum() == null || threshold <= rule.maximum());
    }

    @EventSourcingHandler
    void on(KpiSettingsCarriedOverEvent e) {
        settingsId = e.settingsId();
        targets = new TreeMap<>(e.targets());
        populationFrom(e.childPopulation(), e.populationSource());
    }

    @EventSourcingHandler
    void on(KpiTargetChangedEvent e) {
        if (e.target() == null) {
            targets.remove(e.kpi());
        } else {
            targets.put(e.kpi(), e.target());
        }
    }

    @EventSourcingHandler
    void on(ChildPopulationChangedEvent e) {
        populationFrom(e.population(), e.source());
    }

    private void populationFrom(int childPopulation, String itsSource) {
        population = childPopulation;
        source = itsSource;
    }
}
