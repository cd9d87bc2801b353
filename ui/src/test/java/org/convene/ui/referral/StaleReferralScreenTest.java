package org.convene.ui.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.Roles;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.shared.Formats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;

/**
 * Issue 14 item 7 on the referral screen: a chair revises from a screen opened before another
 * chair's revision; the revision is refused naming the other chair, nothing of it is stored, and a
 * reload starts the revision again from the decision now in force.
 */
class StaleReferralScreenTest extends KaribuViewTestBase {

    /** A second meeting chair, from the police (the demo users have one chair). */
    @BeforeEach
    void deputyChair() {
        TestUsers.ensure(mongo, "mash.deputy", "Kim Ward (deputy MASH manager)", "northshire-police",
                Roles.MEETING_CHAIR);
    }

    private static ScreeningDecision decision(String rationale) {
        return new ScreeningDecision(List.of("northshire-police", "northshire-csc"), ScreeningResponse.EARLY_HELP,
                null, 3, 2, rationale, List.of());
    }

    private long eventsOf(String referralId) {
        return mongo.getCollection("domainevents").countDocuments(Filters.eq("aggregateIdentifier", referralId));
    }

    @Test
    void aRevisionFromAScreenOpenedBeforeAnotherChairsRevisionIsRefusedNamingThemAndNothingIsStored()
            throws Exception {
        String referralId = decidedReferral("Stale Screen " + UUID.randomUUID().toString().substring(0, 6));

        loginAs("mash.chair");
        UI.getCurrent().navigate(ReferralView.class, new RouteParameters(ReferralView.REFERRAL_ID, referralId));
        ReferralView chair = _get(ReferralView.class);
        assertThat(eventually(TIMEOUT, () -> chair.reviseSection.isVisible())).isTrue();
        assertThat(chair.revisionForm.fields.rationale.getValue()).isEqualTo("First view. Fictitious.");

        // meanwhile the deputy chair revises the decision elsewhere
        TestUsers.run(users, "mash.deputy", () -> commandGateway.sendAndWait(new ReviseScreeningDecisionCommand(
                referralId, UUID.randomUUID().toString(), decision("Deputy's view. Fictitious."),
                "Health disclosed a new injury.")));
        assertThat(eventually(TIMEOUT, () -> chair.history.getElement().getTextRecursively()
                .contains("Deputy's view"))).isTrue();
        long before = eventsOf(referralId);

        // the chair sends the revision typed on the form filled from the first decision
        _setValue(chair.revisionForm.reason, "Parents engaged after the meeting.");
        _setValue(chair.revisionForm.fields.rationale, "My view. Fictitious.");
        _click(chair.revisionForm.save);

        String shown = chair.revisionForm.errors.getElement().getTextRecursively();
        assertThat(shown).startsWith("While you had this open, mash.deputy (Northshire Police) revised the decision "
                        + "at ")
                .contains("Nothing of yours was saved: reload to see it and decide again.");
        assertThat(eventsOf(referralId)).as("nothing of the refused revision is stored").isEqualTo(before);
        assertThat(chair.history.getElement().getTextRecursively()).doesNotContain("My view");

        // reload: the form starts again from the deputy's decision, the reason typed is kept, and it saves
        _click(_get(chair, Button.class, spec -> spec.withId("revision-errors-reload")));
        assertThat(chair.revisionForm.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(chair.revisionForm.fields.rationale.getValue()).isEqualTo("Deputy's view. Fictitious.");
        assertThat(chair.revisionForm.reason.getValue()).isEqualTo("Parents engaged after the meeting.");
        _setValue(chair.revisionForm.fields.rationale, "My view, having read the deputy's. Fictitious.");
        _click(chair.revisionForm.save);
        assertThat(chair.revisionForm.errors.getElement().getTextRecursively()).isEmpty();
        assertThat(eventsOf(referralId)).isEqualTo(before + 1);
    }

    /** A domestic-abuse notification about a new child, decided by the chair; answers the referral id. */
    private String decidedReferral(String childName) throws Exception {
        String childId = UUID.randomUUID().toString();
        String referralId = UUID.randomUUID().toString();
        TestUsers.run(users, "police.screener", () -> {
            commandGateway.sendAndWait(new RegisterChildCommand(childId, childName,
                    LocalDate.now(Formats.UK).minusYears(4), false, null, null, null, List.of(), false));
            Instant received = Instant.now().minus(3, ChronoUnit.HOURS);
            commandGateway.sendAndWait(new ReceiveReferralCommand(referralId, received, "6",
                    ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, LocalDate.ofInstant(received, Formats.UK),
                    List.of(childId), List.of(), List.of(), DashLevel.MEDIUM, "Fictitious test notification.", false,
                    null));
        });
        TestUsers.run(users, "mash.chair", () -> commandGateway.sendAndWait(new RecordScreeningDecisionCommand(
                referralId, UUID.randomUUID().toString(), decision("First view. Fictitious."))));
        return referralId;
    }
}
