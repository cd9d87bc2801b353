package org.convene.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.convene.infra.security.ConveneUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

/**
 * The menu follows the views' access annotations: each role sees exactly the pages it may open,
 * and every item it sees opens.
 */
class MainLayoutMenuTest extends KaribuViewTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            police.screener | Home; Meeting board; Referrals; Missing children; Our actions; Import police notifications; Import missing notifications
            mash.chair      | Home; Meeting board; Referrals; Missing children; Our actions; Import police notifications; Import missing notifications; Missing returns (DfE); KPI dashboard
            panel.chair     | Home; Referrals; Exploitation panel; Panel meetings; Our actions; KPI dashboard
            panel.member    | Home; Exploitation panel; Panel meetings; Our actions
            return.worker   | Home; Missing children; Our actions
            analyst         | Home; KPI dashboard
            admin           | Home; Referrals; Missing returns (DfE); KPI dashboard; KPI targets; Events set aside
            """)
    void eachRoleSeesExactlyThePagesItMayOpen(String username, String expectedMenu) {
        ConveneUser user = loginAs(username);
        UI.getCurrent().navigate("");

        List<String> expected = Arrays.stream(expectedMenu.split(";")).map(String::strip).toList();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactlyElementsOf(expected);

        // every page of the frame that needs no parameter is in the menu exactly when its annotation lets the user in
        List<RouteData> pages = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getParentLayouts().contains(MainLayout.class) && r.getRouteParameters().isEmpty())
                .toList();
        assertThat(pages).isNotEmpty();
        for (RouteData page : pages) {
            boolean inMenu = MainLayout.menuFor(user).stream().anyMatch(i -> i.view().equals(page.getNavigationTarget()));
            assertThat(inMenu).as("%s in %s's menu", page.getNavigationTarget().getSimpleName(), username)
                    .isEqualTo(MainLayout.mayOpen(user, page.getNavigationTarget()));
        }

        // and each item opens for the user (the view access checker lets them in)
        for (MainLayout.MenuItem item : MainLayout.menuFor(user)) {
            UI.getCurrent().navigate(item.view());
            List<Class<? extends Component>> shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain()
                    .stream().<Class<? extends Component>>map(t -> ((Component) t).getClass()).toList();
            if (item.view() != HomeView.class) {
                assertThat(shown).as("%s opens for %s", item.label(), username).contains(item.view());
            }
        }
    }
}
