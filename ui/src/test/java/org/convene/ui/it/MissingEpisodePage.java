package org.convene.ui.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One missing episode ({@code /missing/<id>}): details, risk, return, return interview. */
final class MissingEpisodePage extends AppPage {

    MissingEpisodePage(Page page) {
        super(page);
    }

    MissingEpisodePage waitUntilShown() {
        page.locator("#episode-title:has-text('Missing episode:')").waitFor();
        return this;
    }

    Locator status() {
        return page.locator("#episode-status");
    }

    Locator returnDetails() {
        return page.locator("#return-details");
    }

    Locator interviewDetails() {
        return page.locator("#interview-details");
    }

    /** Records the child found now (the form's default time). */
    MissingEpisodePage recordFound(String whereFound, String foundBy, String harm) {
        page.locator("#where-found input").fill(whereFound);
        page.locator("#found-by input").fill(foundBy);
        if (harm != null) {
            page.locator("#harm textarea").fill(harm);
        }
        page.locator("#record-return").click();
        return this;
    }

    /** Records the interview offered now by this provider. */
    MissingEpisodePage offerInterview(String provider) {
        page.locator("#interview-provider input").fill(provider);
        page.locator("#record-offer").click();
        return this;
    }

    /** Records a completed interview, now, with these findings. */
    MissingEpisodePage recordCompletedInterview(String push, String pull, String where, String disclosures,
                                                String onwardReferral) {
        radio("#interview-outcome", "Completed").check();
        page.locator("#push-factors textarea").fill(push);
        page.locator("#pull-factors textarea").fill(pull);
        page.locator("#whereabouts textarea").fill(where);
        page.locator("#disclosures textarea").fill(disclosures);
        page.locator("#onward-referrals textarea").fill(onwardReferral);
        page.locator("#record-outcome").click();
        return this;
    }
}
