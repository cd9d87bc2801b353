package org.convene.query.referral;

import static org.convene.query.referral.ScreeningProjections.AMIRA_BORN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.testsupport.ScreeningEvents.HEALTH;
import static org.convene.query.testsupport.ScreeningEvents.SOCIAL;
import static org.convene.query.testsupport.ScreeningEvents.action;
import static org.convene.query.testsupport.ScreeningEvents.completed;
import static org.convene.query.testsupport.ScreeningEvents.contribution;
import static org.convene.query.testsupport.ScreeningEvents.decided;
import static org.convene.query.testsupport.ScreeningEvents.received;
import static org.convene.query.testsupport.ScreeningEvents.revised;
import static org.convene.query.testsupport.ScreeningEvents.withdrawn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.query.referral.api.ActionView;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.ContributionView;
import org.convene.query.referral.api.DecisionView;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.convene.query.testsupport.Dispatch;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ReferralDetailsProjectionTest {

    /** A Friday: the decision is due by the end of Monday 9 March 2026. */
    private static final Instant FRI = Instant.parse("2026-03-06T10:00:00Z");

    @AutoClose
    private final ScreeningProjections p = new ScreeningProjections().withAmiraFenwick();

    private void apply(Object event) {
        Dispatch.to(event, p.details, p.board, p.actions);
    }

    private ReferralDetails details(String id) {
        return p.details.handle(new FindReferralDetailsQuery(id));
    }

    @Test
    void theIntakeIsShownWithTheChildrenAndTheTarget() {
        apply(received("r1", FRI, true, DashLevel.HIGH, "c1"));

        ReferralDetails d = details("r1");
        assertThat(d.status()).isEqualTo(ReferralStatus.AWAITING_SCREENING);
        assertThat(d.children()).containsExactly(new ChildRef("c1", "Amira Fenwick", AMIRA_BORN, false));
        assertThat(d.dashLevel()).isEqualTo(DashLevel.HIGH);
        assertThat(d.urgent()).isTrue();
        assertThat(d.externalReference()).isEqualTo("OCC-r1");
        assertThat(d.recordedByAgency()).isEqualTo("northshire-police");
        assertThat(d.screeningDueBy()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(details("unknown")).isNull();
    }

    @Test
    void theVersionShownIsTheReferralsLatestEventAndARedeliveryDoesNotLowerIt() {
        Dispatch.asEventOf("r1", 0, received("r1", FRI, false, null, "c1"), p.details);
        assertThat(details("r1").version()).isEqualTo(0L);
        Dispatch.asEventOf("r1", 1, contribution("r1", HEALTH, "Known to the GP", FRI.plusSeconds(60)), p.details);
        Dispatch.asEventOf("r1", 2, decided("r1", "dec-1", FRI.plusSeconds(120)), p.details);
        assertThat(details("r1").version()).isEqualTo(2L);
        Dispatch.asEventOf("r1", 0, received("r1", FRI, false, null, "c1"), p.details);
        assertThat(details("r1").version()).isEqualTo(2L);
    }

    @Test
    void eachAgencysLatestContributionIsShownAndEarlierOnesAreKeptAsSuperseded() {
        apply(received("r1", FRI, false, DashLevel.MEDIUM, "c1"));
        apply(contribution("r1", SOCIAL, "Known: 2024.", FRI.plusSeconds(100)));
        apply(contribution("r1", HEALTH, "Not known.", FRI.plusSeconds(200)));
        apply(contribution("r1", SOCIAL, "Known: 2024 and 2025.", FRI.plusSeconds(300)));

        ReferralDetails d = details("r1");
        assertThat(d.contributions()).extracting(ContributionView::agencyId, ContributionView::information)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("northshire-csc", "Known: 2024 and 2025."),
                        org.assertj.core.groups.Tuple.tuple("northshire-health", "Not known."));
        assertThat(d.supersededContributions()).extracting(ContributionView::information)
                .containsExactly("Known: 2024.");
    }

    @Test
    void decisionsListTheOriginalThenTheRevisionsWithTheTargetCheckAndTheActions() {
        apply(received("r1", FRI, false, DashLevel.MEDIUM, "c1"));
        apply(decided("r1", "d1", Instant.parse("2026-03-09T16:00:00Z"),
                action("a1", "northshire-csc", LocalDate.of(2026, 3, 20))));
        apply(revised("r1", "d2", "d1", Instant.parse("2026-03-11T09:00:00Z"),
                action("a2", "northshire-health", LocalDate.of(2026, 3, 25))));
        apply(completed("r1", "a1", SOCIAL, Instant.parse("2026-03-12T09:00:00Z")));

        ReferralDetails d = details("r1");
        assertThat(d.status()).isEqualTo(ReferralStatus.DECIDED);
        assertThat(d.decisions()).extracting(DecisionView::decisionId).containsExactly("d1", "d2");
        DecisionView original = d.decisions().get(0);
        DecisionView revision = d.decisions().get(1);
        assertThat(original.withinOneWorkingDay()).isTrue();
        assertThat(original.revisionReason()).isNull();
        assertThat(revision.withinOneWorkingDay()).isFalse();
        assertThat(revision.revisesDecisionId()).isEqualTo("d1");
        assertThat(revision.revisionReason()).isEqualTo("New information from school.");
        assertThat(revision.decision().response()).isEqualTo(ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT);
        assertThat(d.actions()).extracting(ActionView::actionId, ActionView::decisionId, ActionView::done,
                        ActionView::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "d1", true, "Done; fictitious outcome."),
                        org.assertj.core.groups.Tuple.tuple("a2", "d2", false, null));
        assertThat(d.actions().get(0).completedBy()).isEqualTo("social.screener");
    }

    @Test
    void aWithdrawnReferralShowsItsReason() {
        apply(received("r1", FRI, false, DashLevel.MEDIUM, "c1"));
        apply(withdrawn("r1", FRI.plusSeconds(60)));

        assertThat(details("r1").status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(details("r1").withdrawnReason()).isEqualTo("Recorded in error.");
    }

    @Test
    void openViewsOfThatReferralAreUpdated() {
        apply(received("r1", FRI, false, DashLevel.MEDIUM, "c1"));
        apply(contribution("r1", SOCIAL, "Known.", FRI.plusSeconds(100)));

        @SuppressWarnings({"unchecked", "rawtypes"})
        ArgumentCaptor<Predicate<FindReferralDetailsQuery>> filter = ArgumentCaptor.forClass((Class) Predicate.class);
        ArgumentCaptor<ReferralDetails> update = ArgumentCaptor.forClass(ReferralDetails.class);
        verify(p.emitter, atLeastOnce()).emit(eq(FindReferralDetailsQuery.class), filter.capture(), update.capture());
        assertThat(update.getValue().contributions()).hasSize(1);
        assertThat(filter.getValue().test(new FindReferralDetailsQuery("r1"))).isTrue();
        assertThat(filter.getValue().test(new FindReferralDetailsQuery("r2"))).isFalse();
    }

    @Test
    void applyingTheSameEventsTwiceChangesNothing() {
        var events = new Object[] {
                received("r1", FRI, false, DashLevel.MEDIUM, "c1"),
                contribution("r1", SOCIAL, "Known.", FRI.plusSeconds(100)),
                decided("r1", "d1", FRI.plusSeconds(3600), action("a1", "northshire-csc", LocalDate.of(2026, 3, 20))),
                revised("r1", "d2", "d1", FRI.plusSeconds(7200)),
                completed("r1", "a1", SOCIAL, FRI.plusSeconds(9000))};
        for (Object e : events) {
            apply(e);
        }
        ReferralDetails before = details("r1");

        for (Object e : events) {
            apply(e);
        }

        assertThat(details("r1")).isEqualTo(before);
        assertThat(before.contributions()).hasSize(1);
        assertThat(before.supersededContributions()).isEmpty();
    }

    @Test
    void resetClearsTheDetails() {
        apply(received("r1", FRI, false, DashLevel.MEDIUM, "c1"));
        p.details.reset();
        assertThat(details("r1")).isNull();
    }
}
