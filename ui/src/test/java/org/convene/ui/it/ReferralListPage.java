package org.convene.ui.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The referral list ({@code /referrals}) and its "Record a referral" dialog. */
final class ReferralListPage extends AppPage {

    ReferralListPage(Page page) {
        super(page);
    }

    ReferralListPage open() {
        page.navigate("/referrals");
        return waitUntilShown();
    }

    ReferralListPage waitUntilShown() {
        page.waitForURL("**/referrals");
        grid().waitFor();
        return this;
    }

    Locator grid() {
        return page.locator("#referral-grid");
    }

    /** The grid cell showing this child's name (the newest referrals are at the top). */
    Locator rowFor(String childName) {
        return cellIn("referral-grid", childName);
    }

    RecordReferralForm openRecordForm() {
        return new RecordReferralForm();
    }

    final class RecordReferralForm extends ChildEntryDialog {

        RecordReferralForm() {
            super("#record-referral", "#referral-errors", "#save-referral");
        }

        /** The first child's name; with no date of birth no existing record matches, so a new one is made. */
        RecordReferralForm childName(String name) {
            page.locator("#child-1-name input").fill(name);
            page.locator("#child-1-name input").press("Tab");
            page.locator("#child-1-match").waitFor();
            return this;
        }

        /** Picks the DASH level, e.g. "Standard" (required for a domestic-abuse notification). */
        RecordReferralForm dashLevel(String label) {
            choose("#dash-level", label);
            return this;
        }

        /** Picks a DfE source-of-referral code from the combo box, e.g. "6" for the police. */
        RecordReferralForm source(String code) {
            VaadinFields.chooseFromComboBox(page, "#referral-source", code, code + " – ");
            return this;
        }

        RecordReferralForm narrative(String text) {
            page.locator("#narrative textarea").fill(text);
            return this;
        }
    }
}
