package org.convene.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;

/**
 * {@link SettledPage} on pages that change by themselves a moment after they are shown, as a
 * Vaadin page does after a click: it returns only once nothing is left changing, and a page that
 * never settles fails saying what keeps it busy.
 */
@ExtendWith(BrowserExtension.class)
class SettledPageTest {

    @Test
    void aSelectListThatIsStillClosingIsWaitedFor(Page page) {
        // a select's list: open, then closing (its closing animation), then gone, as Vaadin does it
        page.setContent("""
                <vaadin-select id="risk" opened></vaadin-select>
                <vaadin-select-overlay opened><div role="listbox"><div role="option">High</div></div></vaadin-select-overlay>
                <script>
                  window.pickAnItem = () => setTimeout(() => {
                    const overlay = document.querySelector('vaadin-select-overlay');
                    document.querySelector('vaadin-select').removeAttribute('opened');
                    overlay.removeAttribute('opened');
                    overlay.setAttribute('closing', '');
                    setTimeout(() => overlay.remove(), 300);
                  }, 100);
                </script>""");
        assertThat(SettledPage.whatIsBusy(page)).contains("vaadin-select#risk has its list open")
                .contains("pop-up vaadin-select-overlay is open");
        page.evaluate("() => window.pickAnItem()");

        SettledPage.await(page);

        assertThat(page.locator("vaadin-select-overlay").count()).isZero();
        assertThat(SettledPage.whatIsBusy(page)).isEqualTo("settled");
    }

    @Test
    void aPendingServerRoundTripIsWaitedFor(Page page) {
        page.setContent("""
                <main>Meeting board</main>
                <script>
                  window.pendingRequests = 1;
                  window.Vaadin = {Flow: {clients: {ROOT: {isActive: () => window.pendingRequests > 0}}}};
                  window.answer = () => setTimeout(() => { window.pendingRequests = 0; }, 300);
                </script>""");
        assertThat(SettledPage.whatIsBusy(page)).contains("Vaadin client ROOT is busy");
        page.evaluate("() => window.answer()");

        SettledPage.await(page);

        assertThat(page.evaluate("() => window.pendingRequests")).isEqualTo(0);
    }

    @Test
    void aRunningAnimationIsWaitedForInAShadowRootToo(Page page) {
        page.setContent("""
                <div id="host"></div>
                <script>
                  const root = document.getElementById('host').attachShadow({mode: 'open'});
                  root.innerHTML = '<style>@keyframes grow { from { opacity: 0 } to { opacity: 1 } }'
                      + ' div { animation: grow 400ms } </style><div id="growing">Outcome</div>';
                </script>""");

        SettledPage.await(page);

        assertThat(page.evaluate("() => document.getElementById('host').shadowRoot.getAnimations()"
                + ".filter(a => a.playState === 'running').length")).isEqualTo(0);
    }

    @Test
    void anOpenDialogAndAnEndlessSpinnerAreSettled(Page page) {
        page.setContent("""
                <style>@keyframes spin { to { transform: rotate(360deg) } }</style>
                <vaadin-dialog-overlay opened><div role="dialog" aria-label="Record a referral">Form</div></vaadin-dialog-overlay>
                <div style="animation: spin 1s linear infinite">Loading</div>""");

        SettledPage.await(page);

        assertThat(SettledPage.whatIsBusy(page)).isEqualTo("settled");
    }

    @Test
    void aPageThatNeverSettlesFailsSayingWhatKeepsItBusy(Page page) {
        page.setContent("<vaadin-select-overlay opened><div role=\"listbox\"></div></vaadin-select-overlay>");

        assertThatThrownBy(() -> SettledPage.await(page, 1_000))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("did not settle")
                .hasMessageContaining("pop-up vaadin-select-overlay is open");
    }
}
