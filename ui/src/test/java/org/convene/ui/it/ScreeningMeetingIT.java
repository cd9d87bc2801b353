package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.coordination.shared.api.TextRules.UK;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.testsupport.TestReferrals;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * The acceptance test of the daily screening meeting, in three browsers: a notification is on the
 * board; the police and health screeners each open it and record their checks; the MASH manager
 * records the decision with an action for the police; both screeners' boards drop the referral
 * without a reload; the police screener marks the action done from "Our actions".
 */
@ConveneSpringTest
@ExtendWith(BrowserExtension.class)
class ScreeningMeetingIT {

    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private MongoUserDetailsService users;

    @Test
    void twoAgenciesCheckTheChairDecidesTheBoardsUpdateLiveAndThePoliceCompleteTheAction(Windows windows)
            throws Exception {
        String childName = "Meeting Child " + UUID.randomUUID().toString().substring(0, 8);
        TestReferrals.awaitingScreening(commandGateway, users, childName);

        Page police = windows.signedInAs("police.screener");
        Page health = windows.signedInAs("health.screener");
        MeetingBoardPage policeBoard = new MeetingBoardPage(police).waitUntilShown();
        MeetingBoardPage healthBoard = new MeetingBoardPage(health).waitUntilShown();
        assertThat(policeBoard.rowFor(childName).first()).isVisible();
        assertThat(healthBoard.rowFor(childName).first()).isVisible();

        ReferralPage policeReferral = policeBoard.openReferralFor(childName);
        policeReferral.recordOurChecks("Known to Northshire Police",
                "Two domestic incidents at the address this year. Fictitious.");
        assertThat(policeReferral.contributionFrom("Northshire Police")).isVisible();

        ReferralPage healthReferral = healthBoard.openReferralFor(childName);
        healthReferral.recordOurChecks("Not known to Northshire Integrated Care Board (health)",
                "No health records of concern. Fictitious.");
        // side by side: the health screener also sees the police's card, which arrived before
        assertThat(healthReferral.contributionFrom("Northshire Integrated Care Board (health)")).isVisible();
        assertThat(healthReferral.contributionFrom("Northshire Police")).isVisible();
        // the police screener's open referral shows the health card without a reload
        assertThat(policeReferral.contributionFrom("Northshire Integrated Care Board (health)")).isVisible();

        // both screeners go back to the board; a reload would lose the marker
        policeBoard = MeetingBoardPage.viaMenu(police);
        healthBoard = MeetingBoardPage.viaMenu(health);
        assertThat(policeBoard.rowFor(childName).first()).isVisible();
        assertThat(healthBoard.rowFor(childName).first()).isVisible();
        police.evaluate("() => window.__convenePageMarker = 'not reloaded'");
        health.evaluate("() => window.__convenePageMarker = 'not reloaded'");

        Page chair = windows.signedInAs("mash.chair");
        ReferralPage chairReferral = new MeetingBoardPage(chair).waitUntilShown().openReferralFor(childName);
        assertThat(chairReferral.contributionFrom("Northshire Police")).isVisible();
        assertThat(chairReferral.contributionFrom("Northshire Integrated Care Board (health)")).isVisible();
        String action = "Police to share incident history " + childName.substring(14);
        String due = LocalDate.now(UK).plusDays(2).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        chairReferral.decisionForm()
                .response("Child and family assessment")
                .levelOfNeed("3 – Complex / early help")
                .riskScale("2 – Moderate to serious")
                .rationale("Repeat incidents with the child present. Fictitious.")
                .action(1, action, "Northshire Police", due)
                .record();
        assertThat(chairReferral.decisionHistory()).containsText("Child and family assessment");

        // the referral leaves both screeners' boards by push
        assertThat(policeBoard.rowFor(childName)).isHidden();
        assertThat(healthBoard.rowFor(childName)).isHidden();
        assertThat(police.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
        assertThat(health.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");

        OurActionsPage actions = OurActionsPage.viaMenu(police);
        assertThat(actions.rowFor(action).first()).isVisible();
        actions.markDone(action, "Incident history shared with children's social care. Fictitious.");
        assertThat(actions.rowFor(action)).isHidden();
    }
}
