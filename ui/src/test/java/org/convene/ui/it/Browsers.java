package org.convene.ui.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts Debian's chromium for browser tests. Playwright never downloads a browser here
 * (surefire sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1); without the apt package the browser tests
 * are skipped, not failed.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {
    }

    static Playwright playwright() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium not installed: apt-get install -y chromium");
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
