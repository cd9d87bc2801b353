package org.convene.ui.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a browser test fails, keeps what each open page showed at that moment: a screenshot and a
 * text file with its address and visible text, under {@code ui/target/browser-failures/}. It runs
 * before {@code @AfterEach} closes the pages, and adds the addresses, whether each page had settled
 * (an open pop-up, a pending server round trip, a running animation: {@link SettledPage}) and the
 * first lines of each page's text to the failure itself, so a failure on a CI machine (a board that
 * never appeared, a dialog in the way) can be read from the surefire report alone. The test still
 * fails as before.
 */
final class BrowserFailureEvidence implements TestExecutionExceptionHandler {

    static final Path DIRECTORY = Path.of("target", "browser-failures");
    private static final int TEXT_IN_REPORT = 600;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        StringBuilder summary = new StringBuilder("What the browser showed when " + test + " failed:");
        int n = 0;
        for (Browser browser : Browsers.launched()) {
            if (!browser.isConnected()) {
                continue;
            }
            for (BrowserContext browserContext : browser.contexts()) {
                for (Page page : browserContext.pages()) {
                    n++;
                    summary.append(keep(page, DIRECTORY.resolve(test), n));
                }
            }
        }
        if (n == 0) {
            summary.append(" no page was open.");
        }
        failure.addSuppressed(new BrowserEvidence(summary.toString()));
        throw failure;
    }

    /** Screenshot and text of one page; a page that cannot be read is reported as such. */
    private static String keep(Page page, Path directory, int n) {
        StringBuilder line = new StringBuilder("\n  page ").append(n).append(": ");
        try {
            Files.createDirectories(directory);
            line.append(page.url());
            Path screenshot = directory.resolve("page-" + n + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true).setTimeout(5_000));
            String text = page.locator("body").innerText(new Locator.InnerTextOptions()
                    .setTimeout(5_000));
            Files.writeString(directory.resolve("page-" + n + ".txt"), page.url() + "\n\n" + text,
                    StandardCharsets.UTF_8);
            String shown = text.strip().replaceAll("\\s*\\n\\s*", " | ");
            line.append("\n    state: ").append(SettledPage.whatIsBusy(page))
                    .append("\n    screenshot ").append(screenshot.toAbsolutePath())
                    .append("\n    text: ").append(shown.length() > TEXT_IN_REPORT
                            ? shown.substring(0, TEXT_IN_REPORT) + "…" : shown);
        } catch (PlaywrightException | IOException e) {
            line.append(" (could not be read: ").append(e.getMessage().lines().findFirst().orElse("")).append(')');
        }
        return line.toString();
    }

    /** Carries the evidence into the failure's report (no stack trace of its own). */
    static final class BrowserEvidence extends RuntimeException {
        BrowserEvidence(String message) {
            super(message, null, false, false);
        }
    }
}
