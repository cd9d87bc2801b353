package org.convene.coordination.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.convene.coordination.kpi.api.CarryOverKpiSettingsCommand;
import org.convene.coordination.kpi.api.ChangeKpiSettingsCommand;
import org.convene.coordination.kpi.api.ChildPopulationChangedEvent;
import org.convene.coordination.kpi.api.KpiSettingsCarriedOverEvent;
import org.convene.coordination.kpi.api.KpiSettingsId;
import org.convene.coordination.kpi.api.KpiTargetChangedEvent;
import org.convene.coordination.kpi.api.KpiTargetRule;
import org.convene.coordination.kpi.api.KpiTargetRules;
import org.convene.coordination.kpi.api.KpiThresholds;
import org.convene.coordination.shared.api.ChangedMeanwhileException;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.KnownAgencies;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;
import org.convene.coordination.shared.api.SystemCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KPI settings changes as commands and events (decision 0028): who, when, from what to what. */
class PartnershipKpiSettingsTest {

    private static final String ID = KpiSettingsId.PARTNERSHIP;
    private static final String SCREENED = "SCREENED_WITHIN_ONE_WORKING_DAY";
    private static final String RE_REFERRALS = "RE_REFERRAL_RATE";
    private static final MetaData ADMIN = actor("admin", "northshire-council");
    private static final RecordedBy ADMIN_BY = new RecordedBy("admin", "northshire-council");
    private static final RecordedBy OTHER_ADMIN_BY = new RecordedBy("admin.two", "northshire-police");
    private static final RecordedBy SYSTEM_BY = new RecordedBy(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY);
    private static final Map<String, KpiThresholds> DEFAULT_TARGETS = Map.of(SCREENED, new KpiThresholds(95, 85),
            RE_REFERRALS, new KpiThresholds(22, 25));
    /** Screening is a percentage where higher is better; re-referrals one where lower is better. */
    private static final KpiTargetRules RULES = kpi -> Optional.ofNullable(Map.of(
            SCREENED, new KpiTargetRule("Screening decision within 1 working day", true, 100.0),
            RE_REFERRALS, new KpiTargetRule("Re-referrals within 12 months", false, 100.0)).get(kpi));

    private FixtureConfiguration<PartnershipKpiSettings> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartnershipKpiSettings.class);
        fixture.registerInjectableResource(RULES);
        fixture.registerInjectableResource((KnownAgencies) agencyId -> true); // names an agency by its id
        now = fixture.givenNoPriorActivity().currentTime();
    }

    private static MetaData actor(String user, String agency) {
        return MetaData.from(Map.of(MessageMetaData.USER_ID, user, MessageMetaData.AGENCY_ID, agency));
    }

    private KpiSettingsCarriedOverEvent defaults() {
        return new KpiSettingsCarriedOverEvent(ID, 125_000, "Default", DEFAULT_TARGETS, null, null, SYSTEM_BY,
                now.minusSeconds(3600));
    }

    @Test
    void theSettingsInForceAreCarriedOverOnceBySystem() {
        Instant savedBefore = Instant.parse("2026-11-30T10:00:00Z");
        CarryOverKpiSettingsCommand carry = new CarryOverKpiSettingsCommand(ID, 98_000, "ONS 2025",
                Map.of(SCREENED, new KpiThresholds(90, 80)), "admin", savedBefore);
        MetaData system = actor(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY);
        fixture.givenNoPriorActivity()
                .when(carry, system)
                .expectEvents(new KpiSettingsCarriedOverEvent(ID, 98_000, "ONS 2025",
                        Map.of(SCREENED, new KpiThresholds(90, 80)), "admin", savedBefore, SYSTEM_BY, now));
        // a restart, or a second node starting at the same time: nothing recorded twice
        fixture.given(defaults())
                .when(carry, system)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void eachChangeIsItsOwnEventWithWhoAndWhen() {
        fixture.given(defaults())
                .when(new ChangeKpiSettingsCommand(130_000, "ONS mid-year estimate 2025",
                        Map.of(SCREENED, new KpiThresholds(90, 80)), 0L), ADMIN)
                .expectEvents(
                        new ChildPopulationChangedEvent(ID, 125_000, "Default", 130_000, "ONS mid-year estimate 2025",
                                ADMIN_BY, now),
                        new KpiTargetChangedEvent(ID, RE_REFERRALS, new KpiThresholds(22, 25), null, ADMIN_BY, now),
                        new KpiTargetChangedEvent(ID, SCREENED, new KpiThresholds(95, 85), new KpiThresholds(90, 80),
                                ADMIN_BY, now));
    }

    @Test
    void anUnchangedValueRecordsNothing() {
        fixture.given(defaults())
                .when(new ChangeKpiSettingsCommand(125_000, "Default",
                        Map.of(SCREENED, new KpiThresholds(95, 85), RE_REFERRALS, new KpiThresholds(20, 25)), 0L),
                        ADMIN)
                .expectEvents(new KpiTargetChangedEvent(ID, RE_REFERRALS, new KpiThresholds(22, 25),
                        new KpiThresholds(20, 25), ADMIN_BY, now));
        fixture.given(defaults())
                .when(new ChangeKpiSettingsCommand(125_000, "Default", DEFAULT_TARGETS, 0L), ADMIN)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("Nothing to save: the population and the targets are as they were.")
                .expectNoEvents();
    }

    @Test
    void badInputIsRefusedInWordsAndChangesNothing() {
        fixture.given(defaults())
                .when(new ChangeKpiSettingsCommand(0, "ONS", Map.of(
                        SCREENED, new KpiThresholds(80, 90),
                        RE_REFERRALS, new KpiThresholds(120, 25),
                        "REFERRALS_RECEIVED", new KpiThresholds(1, 1)), 0L), ADMIN)
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString(
                                "Enter the child population: a whole number from 1 to 10,000,000."),
                        org.hamcrest.Matchers.containsString("\"REFERRALS_RECEIVED\" is not a KPI that takes a target."),
                        org.hamcrest.Matchers.containsString(
                                "The thresholds for \"Re-referrals within 12 months\" must be numbers from 0 to 100."),
                        org.hamcrest.Matchers.containsString("The target for \"Screening decision within 1 working "
                                + "day\": Green must be at least as good as Amber.")))
                .expectNoEvents();
        // lower is better: Green at most 20, Amber at most 25 is in the right order
        fixture.given(defaults())
                .when(new ChangeKpiSettingsCommand(125_000, "Default", Map.of(RE_REFERRALS, new KpiThresholds(20,
                        Double.NaN)), 0L), ADMIN)
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleSettingsScreenIsRefusedNamingTheChangeMeanwhile() {
        KpiTargetChangedEvent meanwhile = new KpiTargetChangedEvent(ID, SCREENED, new KpiThresholds(95, 85),
                new KpiThresholds(92, 85), OTHER_ADMIN_BY, now.minusSeconds(60));
        fixture.given(defaults(), meanwhile)
                .when(new ChangeKpiSettingsCommand(140_000, "Default", DEFAULT_TARGETS, 0L), ADMIN)
                .expectException(ChangedMeanwhileException.class)
                .expectException(org.hamcrest.Matchers.hasProperty("message", org.hamcrest.Matchers.startsWith(
                        "While you had this open, admin.two (northshire-police) changed the KPI targets at ")))
                .expectNoEvents();
        // a screen that showed the change goes through
        fixture.given(defaults(), meanwhile)
                .when(new ChangeKpiSettingsCommand(140_000, "Default", Map.of(SCREENED, new KpiThresholds(92, 85),
                        RE_REFERRALS, new KpiThresholds(22, 25)), 1L), ADMIN)
                .expectEvents(new ChildPopulationChangedEvent(ID, 125_000, "Default", 140_000, "Default", ADMIN_BY,
                        now));
    }

    @Test
    void anAdministratorsOwnEarlierChangeDoesNotRefuseThem() {
        KpiTargetChangedEvent own = new KpiTargetChangedEvent(ID, SCREENED, new KpiThresholds(95, 85),
                new KpiThresholds(92, 85), ADMIN_BY, now.minusSeconds(60));
        fixture.given(defaults(), own)
                .when(new ChangeKpiSettingsCommand(140_000, "Default", Map.of(SCREENED, new KpiThresholds(92, 85),
                        RE_REFERRALS, new KpiThresholds(22, 25)), 0L), ADMIN)
                .expectSuccessfulHandlerExecution();
        assertThat(PartnershipKpiSettings.change(own)).isEqualTo("changed the KPI targets");
    }
}
