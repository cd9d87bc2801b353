package org.convene.ui.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One referral ({@code /referrals/<id>}): checks side by side, our checks, the chair's decision. */
final class ReferralPage extends AppPage {

    ReferralPage(Page page) {
        super(page);
    }

    ReferralPage waitUntilShown() {
        page.waitForURL("**/referrals/*");
        page.locator("#contributions").waitFor();
        return this;
    }

    /** The card holding an agency's checks, found by the agency's name. */
    Locator contributionFrom(String agencyName) {
        return page.locator("#contributions .contribution-card").filter(
                new Locator.FilterOptions().setHasText(agencyName));
    }

    ReferralPage recordOurChecks(String knownLabel, String information) {
        radio("#our-known", knownLabel).check();
        page.locator("#our-information textarea").fill(information);
        page.locator("#record-checks").click();
        return this;
    }

    Locator decisionHistory() {
        return page.locator("#decision-history");
    }

    DecisionForm decisionForm() {
        page.locator("#decision-form").waitFor();
        return new DecisionForm();
    }

    /** The chair's decision form. */
    final class DecisionForm {

        DecisionForm response(String label) {
            choose("#decision-response", label);
            return this;
        }

        DecisionForm levelOfNeed(String label) {
            choose("#decision-need", label);
            return this;
        }

        DecisionForm riskScale(String label) {
            choose("#decision-risk", label);
            return this;
        }

        DecisionForm rationale(String text) {
            page.locator("#decision-rationale textarea").fill(text);
            return this;
        }

        /** Adds action row n (from 1): what, owner agency name, due date as d/M/yyyy. */
        DecisionForm action(int n, String what, String ownerAgencyName, String dueDate) {
            page.locator("#decision-add-action").click();
            String id = "#decision-action-" + n;
            page.locator(id + "-what input").fill(what);
            choose(id + "-owner", ownerAgencyName);
            VaadinFields.typeAndConfirm(page, id + "-due input", dueDate);
            return this;
        }

        void record() {
            page.locator("#record-decision").click();
        }
    }
}
