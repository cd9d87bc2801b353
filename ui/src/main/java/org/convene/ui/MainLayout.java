package org.convene.ui;

import java.security.Principal;
import java.util.List;

import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.ui.action.OurActionsView;
import org.convene.ui.kpi.KpiDashboardView;
import org.convene.ui.kpi.KpiSettingsView;
import org.convene.ui.operations.DeadLettersView;
import org.convene.ui.meeting.MeetingBoardView;
import org.convene.ui.missing.MissingBoardView;
import org.convene.ui.panel.PanelCasesView;
import org.convene.ui.panel.PanelMeetingsView;
import org.convene.ui.missing.returns.MissingReturnsView;
import org.convene.ui.missing.importing.MissingNotificationImportView;
import org.convene.ui.referral.ReferralListView;
import org.convene.ui.referral.importing.PoliceNotificationImportView;
import org.convene.ui.security.CurrentUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The frame around every page: the product name, the signed-in user and agency, navigation. */
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");

        Span title = new Span("Convene");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);

        HorizontalLayout header = new HorizontalLayout(toggle, title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);

        currentUser.get().ifPresent(user -> {
            Div who = new Div();
            who.setId("current-user");
            Span name = new Span(user.displayName());
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span agency = new Span(" · " + user.agencyName());
            agency.addClassNames(LumoUtility.TextColor.SECONDARY);
            who.add(name, agency);
            Button logout = new Button("Sign out", e -> currentUser.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(who, logout);
            header.expand(title);
        });
        // a <header> (banner landmark) so assistive technology can find the title and the user
        Header banner = new Header(header);
        banner.setWidthFull();
        addToNavbar(banner);

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        currentUser.get().ifPresent(user -> menuFor(user)
                .forEach(item -> nav.addItem(new SideNavItem(item.label(), item.view()))));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** One entry of the menu: its words and the view it opens. */
    public record MenuItem(String label, Class<? extends Component> view) {

        /**
         * The item for a view, worded as the view names itself: its {@code @Menu} title where it has
         * one, else its {@code @PageTitle} without the product name.
         */
        static MenuItem of(Class<? extends Component> view) {
            Menu menu = view.getAnnotation(Menu.class);
            if (menu != null && !menu.title().isEmpty()) {
                return new MenuItem(menu.title(), view);
            }
            PageTitle title = view.getAnnotation(PageTitle.class);
            if (title == null) {
                throw new IllegalStateException(view.getSimpleName() + " has neither @Menu nor @PageTitle");
            }
            return new MenuItem(title.value().replace(" | Convene", ""), view);
        }
    }

    /**
     * The menu, in order. Who sees an item is not written here: each view's access annotation
     * ({@code @RolesAllowed}, {@code @PermitAll}) decides, as it does when the view is opened; nor
     * its words: the view's title gives them.
     */
    static final List<MenuItem> MENU = List.<Class<? extends Component>>of(HomeView.class,
            MeetingBoardView.class, ReferralListView.class, MissingBoardView.class, PanelCasesView.class,
            PanelMeetingsView.class, OurActionsView.class, PoliceNotificationImportView.class,
            MissingNotificationImportView.class, MissingReturnsView.class, KpiDashboardView.class,
            KpiSettingsView.class, DeadLettersView.class).stream().map(MenuItem::of).toList();

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    /** The menu items of the views this user may open. */
    public static List<MenuItem> menuFor(ConveneUser user) {
        return MENU.stream().filter(item -> mayOpen(user, item.view())).toList();
    }

    /** Whether the view's access annotation lets this user open it (no one signed in: no). */
    public static boolean mayOpen(ConveneUser user, Class<? extends Component> view) {
        if (user == null) {
            return false;
        }
        Principal principal = user::getUsername;
        return ACCESS.hasAccess(view, principal, user::hasRole);
    }

    static String rolesOf(ConveneUser user) {
        return String.join(", ", Roles.ALL.stream().filter(user::hasRole).map(Roles::label).toList());
    }
}
