package org.convene.ui.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The meeting board ({@code /meeting}), where screeners and chairs land. */
final class MeetingBoardPage extends AppPage {

    MeetingBoardPage(Page page) {
        super(page);
    }

    MeetingBoardPage open() {
        page.navigate("/meeting");
        return waitUntilShown();
    }

    /**
     * Waits for the board itself (its grid and heading). After sign-in the home page forwards to the
     * board, and the browser's address may still read "/" for a moment: what the user sees is the test.
     */
    MeetingBoardPage waitUntilShown() {
        page.locator("#meeting-board").waitFor();
        page.locator("h1:has-text('Meeting board')").waitFor();
        return this;
    }

    /** The board's cell naming this child (a link to the referral). */
    Locator rowFor(String childName) {
        return cellIn("meeting-board", childName);
    }

    ReferralPage openReferralFor(String childName) {
        rowFor(childName).locator("a").first().click();
        return new ReferralPage(page).waitUntilShown();
    }

    /** Back to the board through the menu: the router changes the view, the page is not reloaded. */
    static MeetingBoardPage viaMenu(Page page) {
        followMenu(page, "Meeting board");
        return new MeetingBoardPage(page).waitUntilShown();
    }
}
