package org.convene.ui.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.convene.ui.ConveneSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Signing in once is enough. On a loaded machine people were sent back to an empty sign-in form just
 * after signing in: the progressive-web-app service worker and manifest fetched icons and an offline
 * page in the background with the cookie of the sign-in page; one of those requests reaching the
 * server after the sign-in had changed the session id started a new anonymous session, and its
 * cookie replaced the signed-in one (decision 0023). The sign-in page now starts no such fetches.
 */
@ConveneSpringTest
@ExtendWith(BrowserExtension.class)
class SignInIT {

    @Test
    void theSignInPageStartsNoBackgroundFetchesThatCouldOutliveTheSignIn(Page page) {
        new LoginPage(page).open();
        SettledPage.await(page);

        assertThat(page.locator("link[rel=manifest]")).hasCount(0);
        assertThat(page.evaluate("() => navigator.serviceWorker.getRegistrations().then(r => r.length)"))
                .as("service workers registered by the sign-in page").isEqualTo(0);
    }

    @Test
    void aPersonSignsInOnceAndStaysSignedIn(Page page) {
        new LoginPage(page).open().signInAs("police.screener", ConveneSpringTest.DEMO_PASSWORD);
        new MeetingBoardPage(page).waitUntilShown();
        SettledPage.await(page);

        page.reload();

        new MeetingBoardPage(page).waitUntilShown();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }
}
