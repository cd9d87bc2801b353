package org.convene.query.kpi;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.kpi.api.CarryOverKpiSettingsCommand;
import org.convene.coordination.kpi.api.KpiSettingsId;
import org.convene.coordination.kpi.api.KpiThresholds;
import org.convene.query.kpi.api.KpiSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * At every start, records the settings in force before their history began as its first event
 * (decision 0028): those an earlier release saved in {@code kpi_settings} (with who saved them and
 * when), or the defaults. The settings' record does nothing once it has an event, so a restart or a
 * second node records nothing twice; two nodes starting together both send it, and the one that
 * loses the race to write the first event sends it once more and finds it done.
 */
@Component
class KpiSettingsCarryOver {

    private static final Logger log = LoggerFactory.getLogger(KpiSettingsCarryOver.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;

    KpiSettingsCarryOver(MongoTemplate mongo, CommandGateway commands) {
        this.mongo = mongo;
        this.commands = commands;
    }

    /** Last among the start-up listeners: a history loaded at start (the demo month) is older and goes first. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void carryOver() {
        CarryOverKpiSettingsCommand command = command();
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException raced) {
            log.info("KPI settings: the carry-over met another node's ({}); sending it once more", raced.toString());
            commands.sendAndWait(command);
        }
    }

    /** The settings an earlier release saved, with who and when, or the defaults. */
    CarryOverKpiSettingsCommand command() {
        KpiSettingsDocument saved = mongo.findById(KpiSettingsDocument.ID, KpiSettingsDocument.class,
                KpiSettingsDocument.LEGACY);
        KpiSettings settings = saved == null ? KpiSettings.defaults() : saved.settings();
        Map<String, KpiThresholds> targets = new LinkedHashMap<>();
        settings.targets().forEach((kpi, t) -> targets.put(kpi.name(), new KpiThresholds(t.green(), t.amber())));
        return new CarryOverKpiSettingsCommand(KpiSettingsId.PARTNERSHIP, settings.childPopulation(),
                settings.populationSource(), targets, saved == null ? null : saved.updatedBy,
                saved == null ? null : saved.updatedAt);
    }
}
