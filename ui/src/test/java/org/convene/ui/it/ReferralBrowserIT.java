package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.convene.testsupport.KnownReferral;
import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;

/**
 * What a person does, in a real browser against the running application (Vaadin dev mode with
 * the pre-compiled bundle): a police screener records a referral through the form and sees it in
 * the list, and the MASH manager, who has the list open in another browser, sees it appear
 * without reloading (server push).
 */
@ConveneSpringTest
@ExtendWith({BrowserExtension.class, KnownReferral.class})
class ReferralBrowserIT {

    @Test
    void aScreenerRecordsAReferralAndAnotherUserSeesItAppearLive(Windows windows) {
        Page chair = windows.signedInAs("mash.chair");
        ReferralListPage chairList = new ReferralListPage(chair).open();
        assertThat(chairList.rowFor("Noor Castellane").first()).isVisible();
        // a reload would lose this marker: it proves the new row arrives by push
        chair.evaluate("() => window.__convenePageMarker = 'not reloaded'");

        Page screener = windows.signedInAs("police.screener");
        ReferralListPage screenerList = new ReferralListPage(screener).open();
        String childName = "Browser Test " + UUID.randomUUID().toString().substring(0, 8);
        screenerList.openRecordForm()
                .childName(childName)
                .source("6")
                .dashLevel("Standard")
                .narrative("Recorded by a browser test. Fictitious.")
                .save();

        assertThat(screenerList.rowFor(childName)).isVisible();
        assertThat(chairList.rowFor(childName)).isVisible();
        assertThat(chair.evaluate("() => window.__convenePageMarker")).isEqualTo("not reloaded");
        assertThat(chair.url()).endsWith("/referrals");
    }
}
