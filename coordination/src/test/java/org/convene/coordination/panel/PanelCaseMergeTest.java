package org.convene.coordination.panel;

import static org.convene.coordination.shared.TestActors.PANEL_CHAIR;
import static org.convene.coordination.shared.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.convene.coordination.child.ChildRecords;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.MergePanelCasesCommand;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelCaseClosedEvent;
import org.convene.coordination.panel.api.PanelCaseMergedInEvent;
import org.convene.coordination.panel.api.PanelIds;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.coordination.referral.ReferralChildren;
import org.convene.coordination.shared.api.SystemCommand;
import org.convene.coordination.shared.api.TextRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two child records merged: one open panel case per young person. The merge touches two panel
 * records (the duplicate's and the survivor's), so this runs the real handler and aggregate on an
 * in-memory Axon configuration instead of a one-aggregate fixture.
 */
class PanelCaseMergeTest {

    private static final MetaData POLICE = actor("panel.member", "northshire-police");
    private static final MetaData SYSTEM = actor(SystemCommand.SYSTEM_USER, SystemCommand.SYSTEM_AGENCY);

    /** Once set, child-dup was merged into child-1. */
    private boolean merged;
    private final ChildRecords children = new ChildRecords(null) {
        @Override
        public Optional<String> problemWith(String childId) {
            return Optional.empty();
        }

        @Override
        public String currentIdOf(String childId) {
            return merged && "child-dup".equals(childId) ? "child-1" : childId;
        }
    };

    private Configuration axon;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(YoungPersonPanelRecord.class)
                .registerCommandHandler(c -> new PanelRecordHandler(c.repository(YoungPersonPanelRecord.class),
                        children, new ReferralChildren(null) {
                            @Override
                            public List<String> of(String referralId) {
                                return List.of();
                            }
                        }, Set.of("northshire-police", "northshire-csc")::contains))
                .buildConfiguration();
        axon.start();
        today = LocalDate.now(TextRules.UK);
    }

    @AfterEach
    void tearDown() {
        axon.shutdown();
    }

    private void merge() {
        merged = true;
        send(new MergePanelCasesCommand("child-dup", "child-1"), SYSTEM);
    }

    private void send(Object command, MetaData metaData) {
        axon.commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    private List<Object> eventsOf(String childId) {
        return axon.eventStore().readEvents(PanelIds.recordOf(childId)).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    /** Refers a child (before the merge, so straight to its own record) and discusses it with one action. */
    private void openCaseWithAnAction(String childId, PanelRiskLevel risk, String actionId) {
        send(new ReferYoungPersonToPanelCommand(childId, "pr-" + childId, List.of(ExploitationType.CRIMINAL), risk,
                "Concern about " + childId), POLICE);
        send(new RecordPanelDiscussionCommand(childId, "d-" + childId, null, today, risk, "Agreed", null, List.of(),
                List.of(), List.of(new PanelActionSpec(actionId, ActionHeading.PROTECT, "Safety plan for " + childId,
                        "northshire-police", today.plusDays(10))), today.plusDays(28), null, null), PANEL_CHAIR);
    }

    @Test
    void whenBothRecordsHaveAnOpenCaseTheDuplicatesJoinsTheSurvivorsAndIsClosedAsMerged() {
        openCaseWithAnAction("child-1", PanelRiskLevel.MEDIUM, "a-1");
        openCaseWithAnAction("child-dup", PanelRiskLevel.HIGH, "a-dup");

        merge();

        PanelCaseMergedInEvent in = (PanelCaseMergedInEvent) eventsOf("child-1").get(eventsOf("child-1").size() - 1);
        assertThat(in.caseId()).isEqualTo(PanelIds.caseId("child-1", 1));
        assertThat(in.openedTheCase()).isFalse();
        assertThat(in.riskLevel()).isEqualTo(PanelRiskLevel.HIGH);   // the higher of the two
        assertThat(in.referrals()).extracting(PanelCaseMergedInEvent.Referral::panelReferralId)
                .containsExactly("pr-child-dup");
        assertThat(in.openActions()).extracting(PanelCaseMergedInEvent.Action::actionId).containsExactly("a-dup");
        assertThat(in.recordedBy().userId()).isEqualTo(SystemCommand.SYSTEM_USER);
        PanelCaseClosedEvent closed = (PanelCaseClosedEvent) eventsOf("child-dup").get(eventsOf("child-dup").size() - 1);
        assertThat(closed.reason()).isEqualTo(ClosureReason.MERGED);
        assertThat(closed.withdrawnActionIds()).isEmpty();   // moved, not withdrawn
        org.axonframework.messaging.unitofwork.UnitOfWork<?> uow =
                org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(null);
        try {
            assertThat(new PanelCases(axon.repository(YoungPersonPanelRecord.class), children)
                    .hasOpenCase("child-dup")).isTrue();   // through the survivor: one open case
        } finally {
            uow.rollback();
        }
    }

    @Test
    void whenOnlyTheDuplicateHasAnOpenCaseTheSurvivorGetsIt() {
        openCaseWithAnAction("child-dup", PanelRiskLevel.HIGH, "a-dup");

        merge();

        List<Object> survivor = eventsOf("child-1");
        assertThat(survivor).hasSize(1);
        PanelCaseMergedInEvent in = (PanelCaseMergedInEvent) survivor.get(0);
        assertThat(in.openedTheCase()).isTrue();
        assertThat(in.caseId()).isEqualTo(PanelIds.caseId("child-1", 1));
        assertThat(in.discussed()).isTrue();
        assertThat(in.nextReviewDate()).isEqualTo(today.plusDays(28));
        // the moved action is completed on the survivor's case
        send(new org.convene.coordination.panel.api.CompletePanelActionCommand("child-1", "a-dup", today, "Done"),
                POLICE);
        assertThat(eventsOf("child-1")).hasSize(2);
    }

    @Test
    void aRedeliveredMergeChangesNothingTwice() {
        openCaseWithAnAction("child-1", PanelRiskLevel.MEDIUM, "a-1");
        openCaseWithAnAction("child-dup", PanelRiskLevel.HIGH, "a-dup");
        merge();
        int survivorEvents = eventsOf("child-1").size();
        int duplicateEvents = eventsOf("child-dup").size();

        merge();

        assertThat(eventsOf("child-1")).hasSize(survivorEvents);
        assertThat(eventsOf("child-dup")).hasSize(duplicateEvents);
    }

    @Test
    void aRecordNeverAtThePanelOrWithoutAnOpenCaseMovesNothing() {
        openCaseWithAnAction("child-1", PanelRiskLevel.MEDIUM, "a-1");
        int survivorEvents = eventsOf("child-1").size();

        merge();

        assertThat(eventsOf("child-1")).hasSize(survivorEvents);
        assertThat(eventsOf("child-dup")).isEmpty();
    }
}
