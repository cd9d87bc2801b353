package org.convene.ui.it;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;

/**
 * A failing accessibility scan says which rule failed, on which element, and how to fix it, in the
 * first line of the failure (what the surefire summary shows).
 */
@ExtendWith(BrowserExtension.class)
class AccessibilityScanTest {

    /** A list box without a name, as an open {@code vaadin-select} list is to axe. */
    private static final String PAGE_WITH_AN_UNNAMED_LIST = """
            <!doctype html><html lang="en"><head><title>Panel meeting</title></head><body><main>
            <h1>Panel meeting</h1>
            <div id="outcome-heading-list" role="listbox"%s><div role="option" aria-selected="false">Prevent</div></div>
            </main></body></html>""";

    @Test
    void aFailingScanNamesTheRuleTheElementAndTheFix(Page page) {
        page.setContent(PAGE_WITH_AN_UNNAMED_LIST.formatted(""));

        assertThatThrownBy(() -> AccessibilityScan.assertNoSeriousViolations(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("1 serious or critical accessibility violation on about:blank: "
                        + "aria-input-field-name (serious) on [#outcome-heading-list]")
                .hasMessageContaining("ARIA input fields must have an accessible name")
                .hasMessageContaining("<div id=\"outcome-heading-list\" role=\"listbox\">")
                .hasMessageContaining("Fix any of the following")
                .hasMessageContaining("after the scan: settled");
    }

    @Test
    void theSameListWithANamePasses(Page page) {
        page.setContent(PAGE_WITH_AN_UNNAMED_LIST.formatted(" aria-label=\"Heading\""));

        assertThatCode(() -> AccessibilityScan.assertNoSeriousViolations(page)).doesNotThrowAnyException();
    }
}
