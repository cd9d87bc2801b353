package org.convene.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A failing browser test keeps what its pages showed; the failure itself is unchanged. */
class BrowserFailureEvidenceTest {

    @Test
    void aFailureCarriesTheAddressAndTextOfEveryOpenPageAndKeepsTheirScreenshots() throws Exception {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            page.setContent("<main><h1>Meeting board</h1><p>Server connection lost, trying to reconnect</p></main>");
            ExtensionContext test = mock(ExtensionContext.class);
            Method method = getClass().getDeclaredMethod(
                    "aFailureCarriesTheAddressAndTextOfEveryOpenPageAndKeepsTheirScreenshots");
            when(test.getRequiredTestClass()).thenAnswer(i -> getClass());
            when(test.getRequiredTestMethod()).thenReturn(method);
            AssertionError failure = new AssertionError("locator(\"#meeting-board\") was never visible");

            assertThatThrownBy(() -> new BrowserFailureEvidence().handleTestExecutionException(test, failure))
                    .isSameAs(failure);

            assertThat(failure.getSuppressed()).hasSize(1);
            assertThat(failure.getSuppressed()[0].getMessage())
                    .contains("page 1: about:blank")
                    .contains("Meeting board | Server connection lost, trying to reconnect")
                    .contains("state: settled");
            Path kept = BrowserFailureEvidence.DIRECTORY.resolve(
                    "BrowserFailureEvidenceTest.aFailureCarriesTheAddressAndTextOfEveryOpenPageAndKeepsTheirScreenshots");
            assertThat(Files.size(kept.resolve("page-1.png"))).isPositive();
            assertThat(Files.readString(kept.resolve("page-1.txt"))).contains("Server connection lost");
        }
    }
}
