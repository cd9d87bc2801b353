package org.convene.query.kpi;

import java.util.Arrays;
import java.util.Optional;

import org.convene.coordination.kpi.api.KpiTargetRule;
import org.convene.coordination.kpi.api.KpiTargetRules;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiUnit;
import org.springframework.stereotype.Component;

/** The write side's view of the KPIs that take a target, from their one declaration ({@link Kpi}). */
@Component
class KpiCatalogue implements KpiTargetRules {

    @Override
    public Optional<KpiTargetRule> rule(String kpiId) {
        return Arrays.stream(Kpi.values()).filter(k -> k.name().equals(kpiId))
                .filter(k -> k.direction() != Kpi.Direction.NEUTRAL).findFirst()
                .map(k -> new KpiTargetRule(k.label(), k.direction() == Kpi.Direction.HIGHER_IS_BETTER,
                        k.unit() == KpiUnit.PERCENT ? 100.0 : null));
    }
}
