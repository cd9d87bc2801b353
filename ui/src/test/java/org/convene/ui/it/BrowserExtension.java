package org.convene.ui.it;

import java.util.Objects;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The browser set-up of every browser test, so the test reads as what a person does:
 *
 * <pre>
 * &#64;ConveneSpringTest
 * &#64;ExtendWith(BrowserExtension.class)
 * class MeetingBoardIT {
 *     &#64;Test
 *     void theChairSeesTheReferral(&#64;SignedInAs("mash.chair") Page chair) { ... }
 * }
 * </pre>
 *
 * <ul>
 * <li>One Playwright and one headless Debian chromium per test class ({@link Browsers}; without
 * chromium the class is skipped), closed after it.</li>
 * <li>A {@link Page} parameter is a new window (context) of its own; with {@link SignedInAs} a demo
 * user has signed in there. A {@link Windows} parameter opens more, one per person, for tests in
 * which several people work at once. Addresses are relative to the running application (the
 * Spring Boot test's random port), so page objects navigate to {@code "/meeting"}.</li>
 * <li>Playwright waits up to {@link Windows#UI_TIMEOUT_MS} for elements and assertions.</li>
 * <li>A failing test first keeps what each window showed ({@link BrowserFailureEvidence}); the
 * windows close after the test.</li>
 * </ul>
 * Nothing here sleeps or assumes speed (decision 0023): pages are waited for by what they show and
 * by {@link SettledPage}.
 */
final class BrowserExtension implements BeforeAllCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    private final BrowserFailureEvidence evidence = new BrowserFailureEvidence();

    @Override
    public void beforeAll(ExtensionContext context) {
        PlaywrightAssertions.setDefaultAssertionTimeout(Windows.UI_TIMEOUT_MS);
        context.getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, k -> new Chromium(), Chromium.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == Windows.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Windows windows = context.getStore(NAMESPACE).getOrComputeIfAbsent(Windows.class,
                k -> new OpenWindows(new Windows(chromium(context).browser, baseUrl(context))), OpenWindows.class)
                .windows;
        if (parameter.getParameter().getType() == Windows.class) {
            return windows;
        }
        return parameter.findAnnotation(SignedInAs.class)
                .map(user -> windows.signedInAs(user.value()))
                .orElseGet(windows::open);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        evidence.handleTestExecutionException(context, failure);
    }

    private static Chromium chromium(ExtensionContext context) {
        return Objects.requireNonNull(context.getStore(NAMESPACE).get(Chromium.class, Chromium.class),
                "the browser starts before the class's tests");
    }

    /** The running application's address in a Spring Boot test; none for tests of static pages. */
    private static String baseUrl(ExtensionContext context) {
        if (!AnnotationSupport.isAnnotated(context.getRequiredTestClass(), SpringBootTest.class)) {
            return null;
        }
        return "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
    }

    /** The class's browser, closed when the class's tests are over. */
    private static final class Chromium implements ExtensionContext.Store.CloseableResource {

        private final Playwright playwright = Browsers.playwright();
        private final Browser browser = Browsers.chromium(playwright);

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /** A test's windows, closed when the test is over. */
    private record OpenWindows(Windows windows) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            windows.close();
        }
    }
}
