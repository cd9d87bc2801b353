package org.convene.ui.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;

/**
 * Waits until a page has settled: what a person would see if they stopped and looked. Every
 * accessibility scan and every choice in a drop-down waits for it, instead of sleeping.
 *
 * <p>A page has settled when, for several animation frames in a row:
 * <ul>
 * <li><b>no pop-up is open</b>: no {@code vaadin-select}, combo-box, date or time picker, menu or
 * popover overlay is open, opening or closing (an open select's list box has no label of its own,
 * and axe reports it: {@code aria-input-field-name});</li>
 * <li><b>dialogs are as intended</b>: a dialog may be open, but not while it opens or closes;</li>
 * <li><b>Vaadin is not busy</b>: no Flow client is initialising, waiting for the server's answer
 * or holding events to send ({@code window.Vaadin.Flow.clients[…].isActive()}, the check behind
 * TestBench's {@code waitForVaadin}), and no grid is fetching rows;</li>
 * <li><b>no animation is running</b> (CSS animations and transitions, in shadow roots too), other
 * than endless ones such as a spinner, which never end.</li>
 * </ul>
 * Changes the server pushes on its own (another user's change) are not waited for: a test that
 * expects one asserts what it expects.
 */
final class SettledPage {

    /**
     * What keeps the page from being settled, as a list of phrases (empty when settled). Tooltips
     * follow the mouse and dialogs stay open on purpose: neither is a pop-up in the way.
     */
    static final String STATE_SCRIPT = """
            () => {
              const POP_UP_FIELDS = ['vaadin-select', 'vaadin-combo-box', 'vaadin-multi-select-combo-box',
                  'vaadin-date-picker', 'vaadin-time-picker', 'vaadin-context-menu', 'vaadin-popover'];
              const DIALOGS = ['vaadin-dialog-overlay', 'vaadin-confirm-dialog-overlay'];
              const busy = [];
              const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
              for (const [id, client] of Object.entries(clients)) {
                if (client && typeof client.isActive === 'function' && client.isActive()) {
                  busy.push('Vaadin client ' + id + ' is busy (a server round trip is pending)');
                }
              }
              const elements = [];
              const roots = [document];
              for (let i = 0; i < roots.length; i++) {
                for (const element of roots[i].querySelectorAll('*')) {
                  elements.push(element);
                  if (element.shadowRoot) {
                    roots.push(element.shadowRoot);
                  }
                }
              }
              const name = element => element.localName + (element.id ? '#' + element.id : '');
              for (const element of elements) {
                const tag = element.localName;
                const changing = element.hasAttribute('opening') || element.hasAttribute('closing');
                if (DIALOGS.includes(tag)) {
                  if (changing) {
                    busy.push('dialog ' + name(element) + ' is opening or closing');
                  }
                } else if (tag.endsWith('-overlay') && tag !== 'vaadin-tooltip-overlay'
                    && (element.hasAttribute('opened') || changing)) {
                  busy.push('pop-up ' + name(element) + (changing ? ' is opening or closing' : ' is open'));
                } else if (POP_UP_FIELDS.includes(tag) && element.hasAttribute('opened')) {
                  busy.push(name(element) + ' has its list open');
                } else if (tag === 'vaadin-grid' && element.hasAttribute('loading')) {
                  busy.push('grid ' + name(element) + ' is loading rows');
                }
              }
              const animations = new Set();
              for (const root of roots) {
                root.getAnimations().forEach(animation => animations.add(animation));
              }
              for (const animation of animations) {
                const timing = animation.effect ? animation.effect.getComputedTiming() : null;
                const endless = timing !== null && timing.iterations === Infinity;
                if (!endless && (animation.playState === 'running' || animation.pending)) {
                  const target = animation.effect ? animation.effect.target : null;
                  busy.push('animation ' + (animation.animationName || animation.transitionProperty || '')
                      + ' on ' + (target ? name(target) : 'the page') + ' is running');
                }
              }
              return busy;
            }""";

    /**
     * The same state, true once it has held for {@code FRAMES} polls in a row (Playwright polls on
     * every animation frame), so a pop-up that opens one frame after a click is still seen.
     */
    private static final String SETTLED_SCRIPT = """
            () => {
              const busy = (%s)();
              window.__conveneSettledFrames = busy.length === 0 ? (window.__conveneSettledFrames || 0) + 1 : 0;
              return window.__conveneSettledFrames >= %d;
            }""";

    private static final int FRAMES = 5;
    private static final double TIMEOUT_MS = 30_000;

    private SettledPage() {
    }

    /**
     * Waits until the page has settled; if it does not within the timeout, fails saying what kept
     * it busy (an open pop-up, a pending server round trip, a running animation).
     */
    static void await(Page page) {
        await(page, TIMEOUT_MS);
    }

    static void await(Page page, double timeoutMs) {
        page.evaluate("() => { window.__conveneSettledFrames = 0; }");
        try {
            page.waitForFunction(SETTLED_SCRIPT.formatted(STATE_SCRIPT, FRAMES), null,
                    new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
        } catch (TimeoutError e) {
            throw new AssertionError("The page at " + page.url() + " did not settle within " + (long) timeoutMs
                    + " ms: " + whatIsBusy(page), e);
        }
    }

    /** What keeps the page from being settled now, in words ("settled" when nothing does). */
    static String whatIsBusy(Page page) {
        try {
            Object busy = page.evaluate(STATE_SCRIPT);
            return busy instanceof java.util.List<?> list && !list.isEmpty() ? String.join("; ",
                    list.stream().map(String::valueOf).toList()) : "settled";
        } catch (PlaywrightException e) {
            return "(could not be read: " + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }
}
