package org.convene.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.infra.security.ConveneUser;
import org.convene.infra.security.MongoUserDetailsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/**
 * Base of the Karibu view tests: the real Spring application and views, in a mock browser-less
 * Vaadin session on the test thread. {@link #loginAs} signs a demo user in the way the running
 * application sees it: in Spring Security's context (for {@code CurrentUser} and the command
 * and query authorisation) and on the fake servlet request (for Vaadin's view access checker).
 */
@ConveneSpringTest
public abstract class KaribuViewTestBase {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected MongoUserDetailsService users;
    @Autowired
    protected CommandGateway commandGateway;
    @Autowired
    protected QueryGateway queryGateway;
    @Autowired
    protected MongoTemplate mongo;

    /** How long a view test waits for a projection or a pushed update (a loaded 2-core machine). */
    protected static final Duration TIMEOUT = Duration.ofSeconds(60);

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.convene.ui");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    protected ConveneUser loginAs(String username) {
        ConveneUser user = (ConveneUser) users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.hasRole(role));
        return user;
    }

    /** The words of the side menu as it is shown now. */
    protected static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** Signs the user in, opens the home page and answers the words of the menu they see. */
    protected List<String> homeMenuOf(String username) {
        loginAs(username);
        UI.getCurrent().navigate("");
        return menuLabels();
    }

    /** How many events the store holds (a form that refuses must leave it unchanged). */
    protected long storedEvents() {
        return mongo.getCollection("domainevents").countDocuments();
    }

    /** Opens the view, clicks its button with this id and answers the dialog that opens. */
    protected static <D extends Component> D openDialog(Class<? extends Component> view, String buttonId,
                                                        Class<D> dialog) {
        UI.getCurrent().navigate(view);
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
        return _get(dialog);
    }

    /**
     * Waits for something the server does in the background (a projection, a pushed update):
     * runs the UI's pending {@code ui.access} tasks, as a browser round trip would, until the
     * condition holds or the deadline passes.
     */
    protected static boolean eventually(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
