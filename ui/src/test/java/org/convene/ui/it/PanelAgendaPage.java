package org.convene.ui.it;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A panel meeting's agenda ({@code /panel/meetings/<id>}) and its outcome form. */
final class PanelAgendaPage extends AppPage {

    PanelAgendaPage(Page page) {
        super(page);
    }

    /** Opens the meeting from the panel meetings list ({@code /panel/meetings}). */
    static PanelAgendaPage fromMeetings(Page page, String meetingId) {
        page.navigate("/panel/meetings");
        page.locator("#panel-meetings [data-meeting-id='" + meetingId + "']").click();
        return new PanelAgendaPage(page).waitUntilShown();
    }

    PanelAgendaPage waitUntilShown() {
        page.locator("#agenda-title:has-text('Panel meeting:')").waitFor();
        return this;
    }

    Locator item(String childId) {
        return page.locator("#agenda-item-" + childId);
    }

    /** Follows the young person's chronology link (a new page load) and answers the chronology grid. */
    Locator openChronology(String childId) {
        item(childId).locator(".agenda-chronology").click();
        page.waitForURL(url -> url.contains("/chronology"));
        return page.locator("#chronology");
    }

    OutcomeForm recordOutcome(String childId) {
        item(childId).locator(".agenda-record-outcome").click();
        page.locator("#outcome-save").waitFor();
        return new OutcomeForm();
    }

    /** Downloads the panel pack and answers where the PDF was saved. */
    Path downloadPack() {
        return download("#download-panel-pack");
    }

    final class OutcomeForm {

        OutcomeForm risk(String label) {
            radio("#outcome-risk", label).check();
            return this;
        }

        OutcomeForm rationale(String text) {
            page.locator("#outcome-rationale textarea").fill(text);
            return this;
        }

        OutcomeForm places(String text) {
            page.locator("#outcome-places textarea").fill(text);
            return this;
        }

        /** Adds action row n (from 1) under a heading, owned by an agency (by name); the due date is the form's. */
        OutcomeForm action(int n, String heading, String what, String ownerAgencyName) {
            page.locator("#outcome-add-action").click();
            choose("#action-heading-" + n, heading);
            page.locator("#action-description-" + n + " input").fill(what);
            choose("#action-owner-" + n, ownerAgencyName);
            return this;
        }

        void save() {
            page.locator("#outcome-save").click();
        }
    }
}
