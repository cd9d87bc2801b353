package org.convene.ui.operations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.operations.api.DeadLetterEvictedEvent;
import org.convene.infra.operations.DeadLetterSummary;
import org.convene.infra.operations.DeadLetters;
import org.convene.infra.security.ConveneUser;
import org.convene.testsupport.Eventually;
import org.convene.testsupport.FaultProbe;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * "Events set aside", browser-less: an administrator sees an event that a part of Convene could not
 * apply (an injected fault in a test projection), retries it once the fault is gone, and removes
 * another one with a reason, which is recorded (who, when, why) and listed.
 */
class DeadLettersViewTest extends KaribuViewTestBase {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Autowired CommandGateway commands;
    @Autowired DeadLetters deadLetters;
    @Autowired EventStore eventStore;
    @Autowired MongoTemplate mongo;

    @AfterEach
    void removeTheFault() {
        FaultProbe.POISONED.clear();
        deadLetters.retryAll();
    }

    private String poisonedChild(String name) throws Exception {
        String childId = UUID.randomUUID().toString();
        FaultProbe.POISONED.add(childId);
        TestUsers.run(users, "police.screener", () -> commands.sendAndWait(new RegisterChildCommand(childId, name,
                LocalDate.now().minusYears(15), false, "1", "WBRI", "Northtown", List.of(), false)));
        Eventually.await(() -> letterOf(childId), l -> l != null, TIMEOUT);
        return childId;
    }

    private DeadLetterSummary letterOf(String childId) {
        return deadLetters.list().stream().filter(l -> childId.equals(l.childId())).findFirst().orElse(null);
    }

    private DeadLettersView open() {
        UI.getCurrent().navigate(DeadLettersView.class);
        return _get(DeadLettersView.class);
    }

    @Test
    void administratorsHaveTheScreenInTheirMenu() {
        loginAs("admin");
        UI.getCurrent().navigate(DeadLettersView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Events set aside");
        assertThat(_get(DeadLettersView.class).statusText()).isNotBlank();
    }

    @Test
    void othersDoNotHaveIt() {
        assertThat(homeMenuOf("analyst")).doesNotContain("Events set aside");
    }

    @Test
    void anAdministratorSeesTheEventSetAsideAndRetriesItOnceTheFaultIsFixed() throws Exception {
        loginAs("admin");
        String childId = poisonedChild("Sasha Northcott");
        DeadLettersView view = open();

        DeadLetterSummary letter = view.shown().stream().filter(l -> childId.equals(l.childId())).findFirst()
                .orElseThrow();
        int row = view.shown().indexOf(letter);
        List<String> cells = GridKt._getFormattedRow(view.letters, row);
        assertThat(cells.get(0)).isEqualTo(FaultProbe.GROUP);
        assertThat(cells.get(1)).isEqualTo("Child registered");
        assertThat(cells.get(2)).isEqualTo("Child " + childId);
        assertThat(cells.get(3)).isEqualTo("The test probe cannot apply events of child " + childId
                + " (injected fault)").doesNotContain("Exception", "\tat ");
        assertThat(cells.get(4)).isNotBlank();
        assertThat(cells.get(5)).isNotBlank();
        assertThat(view.statusText()).contains("Needs attention", FaultProbe.GROUP + " has 1 event set aside");

        // still failing: it stays, with the error
        view.retry(letter);
        assertThat(view.messageText()).startsWith("Still failing");
        assertThat(view.shown()).extracting(DeadLetterSummary::childId).contains(childId);

        FaultProbe.POISONED.remove(childId);
        view.retry(view.shown().stream().filter(l -> childId.equals(l.childId())).findFirst().orElseThrow());
        assertThat(view.messageText()).isEqualTo("Applied: Child registered and the events waiting behind it.");
        assertThat(view.shown()).extracting(DeadLetterSummary::childId).doesNotContain(childId);
        assertThat(FaultProbe.applied(mongo, childId)).isTrue();
    }

    @Test
    void anAdministratorRemovesAnEventWithAReasonAndTheRemovalIsRecorded() throws Exception {
        ConveneUser admin = loginAs("admin");
        String childId = poisonedChild("Kit Ravensworth");
        DeadLettersView view = open();
        DeadLetterSummary letter = view.shown().stream().filter(l -> childId.equals(l.childId())).findFirst()
                .orElseThrow();

        DeadLettersView.RemoveDialog dialog = view.openRemove(letter);
        _click(dialog.confirm);
        assertThat(dialog.errors.isEmpty()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(letterOf(childId)).isNotNull();

        _setValue(dialog.reason, "Test record entered in error; the child was never registered for real.");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.messageText()).isEqualTo("Removed. Your reason is recorded.");
        assertThat(letterOf(childId)).isNull();
        assertThat(FaultProbe.applied(mongo, childId)).isFalse();

        // the event itself stays in the event store: only the probe does not apply it
        assertThat(eventStore.readEvents(childId).asStream().map(e -> e.getIdentifier())).contains(letter.eventId());
        assertThat(eventually(TIMEOUT, () -> {
            view.refresh();
            return view.removedShown().stream().anyMatch(v -> v.eventId().equals(letter.eventId()));
        })).isTrue();
        var eviction = view.removedShown().stream().filter(v -> v.eventId().equals(letter.eventId())).findFirst()
                .orElseThrow();
        assertThat(eviction.userId()).isEqualTo("admin");
        assertThat(eviction.agencyId()).isEqualTo(admin.agencyId());
        assertThat(eviction.reason()).isEqualTo("Test record entered in error; the child was never registered for real.");
        assertThat(eviction.evictedAt()).isNotNull();
        assertThat(eviction.processingGroup()).isEqualTo(FaultProbe.GROUP);
        assertThat(eviction.sequenceId()).isEqualTo(childId);
        assertThat(eventStore.readEvents(eviction.evictionId()).asStream().map(e -> e.getPayload()))
                .singleElement().isInstanceOfSatisfying(DeadLetterEvictedEvent.class, e -> {
                    assertThat(e.recordedBy().userId()).isEqualTo("admin");
                    assertThat(e.reason()).startsWith("Test record entered in error");
                });
    }

    @Test
    void aClockThatCouldNotBeReadIsListedAndRetriedOnceTheCauseIsFixed() throws Exception {
        loginAs("admin");
        String scheduleId = UUID.randomUUID().toString();
        String episodeId = UUID.randomUUID().toString();
        // as the deadline manager keeps a clock whose payload could not be read (decision 0019)
        mongo.getCollection("dead_deadlines").insertOne(new org.bson.Document("_id", scheduleId)
                .append("name", "return-interview-due")
                .append("triggerAt", java.util.Date.from(java.time.Instant.now().minusSeconds(60)))
                .append("payloadType", "org.convene.coordination.missing.ReturnInterviewSaga$InterviewDue")
                .append("payload", "{\"episodeId\":\"" + episodeId + "\"}")
                .append("attempts", 1)
                .append("error", "Cannot deserialize the payload\ncaused by: a second line only in the log")
                .append("deadLetteredAt", java.util.Date.from(java.time.Instant.now())));
        DeadLettersView view = open();

        int row = view.clocks.shown().stream().map(d -> d.scheduleId()).toList().indexOf(scheduleId);
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormattedRow(view.clocks.clocks, row)).startsWith("Return interview due (72 hours)",
                "Missing episode " + episodeId).contains("Cannot deserialize the payload")
                .noneMatch(cell -> cell.contains("second line"));

        view.clocks.retry(view.clocks.shown().get(row));
        assertThat(view.clocks.message.getText()).startsWith("Return interview due (72 hours) will run");
        assertThat(view.clocks.shown()).extracting(d -> d.scheduleId()).doesNotContain(scheduleId);
        assertThat(mongo.getCollection("dead_deadlines").countDocuments(new org.bson.Document("_id", scheduleId)))
                .isZero();

        // its cause is not fixed here (the clock names no saga): it runs, still cannot be read, and is
        // set aside again with the latest error rather than lost
        var again = new org.bson.Document("_id", scheduleId);
        assertThat(Eventually.await(() -> mongo.getCollection("dead_deadlines").countDocuments(again), n -> n == 1,
                TIMEOUT)).isEqualTo(1);
        assertThat(mongo.getCollection("deadlines").countDocuments(again)).isZero();
        view.refresh();
        assertThat(view.clocks.shown()).extracting(d -> d.scheduleId()).contains(scheduleId);
        mongo.getCollection("dead_deadlines").deleteOne(again);   // leave the shared store's health as it was
    }
}
