package org.convene.ui.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Set<Browser> LAUNCHED = ConcurrentHashMap.newKeySet();

    private Browsers() {
    }

    static Playwright playwright() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium not installed: apt-get install -y chromium");
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** The browsers launched in this test JVM (for {@link BrowserFailureEvidence}). */
    static Collection<Browser> launched() {
        return List.copyOf(LAUNCHED);
    }

    static Browser chromium(Playwright playwright) {
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        LAUNCHED.removeIf(b -> !b.isConnected());
        LAUNCHED.add(browser);
        return browser;
    }
}
