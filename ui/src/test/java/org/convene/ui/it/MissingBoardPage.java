package org.convene.ui.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The missing-children board ({@code /missing}) and its "Report a missing child" form. */
final class MissingBoardPage extends AppPage {

    MissingBoardPage(Page page) {
        super(page);
    }

    MissingBoardPage open() {
        page.navigate("/missing");
        return waitUntilShown();
    }

    /** Waits for what the user sees: the heading and both lists (the address may lag a forward). */
    MissingBoardPage waitUntilShown() {
        page.locator("h1:has-text('Missing children')").waitFor();
        page.locator("#missing-now").waitFor();
        page.locator("#awaiting-interview").waitFor();
        return this;
    }

    /** Back to the board through the menu: the router changes the view, the page is not reloaded. */
    static MissingBoardPage viaMenu(Page page) {
        followMenu(page, "Missing children");
        return new MissingBoardPage(page).waitUntilShown();
    }

    /** The "Missing now" cell naming this child (a link to the episode). */
    Locator missingNowRow(String childName) {
        return cellIn("missing-now", childName);
    }

    /** The "Returned: interview due" cell naming this child. */
    Locator awaitingRow(String childName) {
        return cellIn("awaiting-interview", childName);
    }

    /** All cells of the "Returned: interview due" list, to read the time left and the offer. */
    Locator awaitingGrid() {
        return page.locator("#awaiting-interview");
    }

    MissingEpisodePage openAwaiting(String childName) {
        awaitingRow(childName).locator("a").first().click();
        return new MissingEpisodePage(page).waitUntilShown();
    }

    MissingEpisodePage openMissing(String childName) {
        missingNowRow(childName).locator("a").first().click();
        return new MissingEpisodePage(page).waitUntilShown();
    }

    ReportForm openReportForm() {
        return new ReportForm();
    }

    final class ReportForm extends ChildEntryDialog {

        ReportForm() {
            super("#report-missing", "#missing-errors", "#save-missing");
        }

        /**
         * Name and date of birth (d/M/yyyy) of a child who has a record, then picks that record
         * among the likely matches.
         */
        ReportForm existingChild(String name, String dateOfBirth) {
            VaadinFields.typeAndConfirm(page, "#child-1-dob input", dateOfBirth);
            page.locator("#child-1-name input").fill(name);
            page.locator("#child-1-name input").press("Tab");
            page.locator("#child-1-match").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                    .setName(name)).first().check(); // not exact: the label adds the date of birth
            return this;
        }

        /** "Home" or "Care (looked-after child)". */
        ReportForm missingFrom(String label) {
            radio("#missing-from", label).check();
            return this;
        }

        /** Date as d/M/yyyy, time as HH:mm. */
        ReportForm lastSeen(String date, String time) {
            VaadinFields.typeAndConfirm(page, "#last-seen-at [slot=date-picker] input", date);
            VaadinFields.typeAndConfirm(page, "#last-seen-at [slot=time-picker] input", time);
            return this;
        }

        ReportForm policeReference(String reference) {
            page.locator("#police-reference input").fill(reference);
            return this;
        }

        /** "No apparent risk", "Low", "Medium" or "High". */
        ReportForm risk(String label) {
            choose("#missing-risk-level", label);
            return this;
        }

        ReportForm reportedBy(String who) {
            page.locator("#reported-by input").fill(who);
            return this;
        }

        ReportForm circumstances(String text) {
            page.locator("#circumstances textarea").fill(text);
            return this;
        }
    }
}
