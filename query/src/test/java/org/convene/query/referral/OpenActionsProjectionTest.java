package org.convene.query.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.ScreeningEvents.SOCIAL;
import static org.convene.query.testsupport.ScreeningEvents.action;
import static org.convene.query.testsupport.ScreeningEvents.completed;
import static org.convene.query.testsupport.ScreeningEvents.decided;
import static org.convene.query.testsupport.ScreeningEvents.received;
import static org.convene.query.testsupport.ScreeningEvents.revised;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.query.action.api.FindOpenActionsQuery;
import org.convene.query.action.api.OpenActionSummary;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.OpenScreens;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenActionsProjectionTest {

    private static final Instant MON = Instant.parse("2026-03-16T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @AutoClose
    private final ScreeningProjections p = new ScreeningProjections().withAmiraFenwick().withHerBrotherTobias();

    @BeforeEach
    void referral() {
        apply(received("r1", MON, false, DashLevel.MEDIUM, "c1", "c2"));
    }

    private void apply(Object event) {
        Dispatch.to(event, p.details, p.board, p.actions);
    }

    private List<OpenActionSummary> open(String agency) {
        return p.actions.handle(new FindOpenActionsQuery(agency));
    }

    @Test
    void eachAgencySeesItsOpenActionsSoonestDueFirstWithTheChildren() {
        apply(decided("r1", "d1", MON.plusSeconds(3600), action("a1", "northshire-csc", TODAY.plusDays(5)),
                action("a2", "northshire-health", TODAY), action("a3", "northshire-csc", TODAY.minusDays(1))));

        List<OpenActionSummary> csc = open("northshire-csc");
        assertThat(csc).extracting(OpenActionSummary::actionId).containsExactly("a3", "a1");
        assertThat(csc.get(0).childNames()).containsExactly("Amira Fenwick", "Tobias Fenwick");
        assertThat(csc).extracting(a -> a.overdue(TODAY)).containsExactly(true, false);
        assertThat(open("northshire-health")).extracting(OpenActionSummary::actionId).containsExactly("a2");
        assertThat(open("safe-steps")).isEmpty();
    }

    @Test
    void aCompletedActionLeavesTheListAndOpenViewsAreToldItIsDone() {
        apply(decided("r1", "d1", MON.plusSeconds(3600), action("a1", "northshire-csc", TODAY.plusDays(5))));
        apply(revised("r1", "d2", "d1", MON.plusSeconds(7200), action("a2", "northshire-csc", TODAY.plusDays(6))));
        assertThat(open("northshire-csc")).extracting(OpenActionSummary::actionId).containsExactly("a1", "a2");

        apply(completed("r1", "a1", SOCIAL, MON.plusSeconds(9000)));

        assertThat(open("northshire-csc")).extracting(OpenActionSummary::actionId).containsExactly("a2");
        assertThat(OpenScreens.updates(p.emitter, FindOpenActionsQuery.class, OpenActionSummary.class)).last()
                .satisfies(u -> {
                    assertThat(u.actionId()).isEqualTo("a1");
                    assertThat(u.done()).isTrue();
                });
    }

    @Test
    void aRedeliveredDecisionDoesNotReopenADoneAction() {
        var decision = decided("r1", "d1", MON.plusSeconds(3600), action("a1", "northshire-csc", TODAY));
        var done = completed("r1", "a1", SOCIAL, MON.plusSeconds(9000));
        apply(decision);
        apply(done);

        apply(decision);
        apply(done);

        assertThat(open("northshire-csc")).isEmpty();
    }

    @Test
    void resetClearsTheOpenActions() {
        apply(decided("r1", "d1", MON.plusSeconds(3600), action("a1", "northshire-csc", TODAY)));
        p.actions.reset();
        assertThat(open("northshire-csc")).isEmpty();
    }
}
