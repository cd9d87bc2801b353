package org.convene.ui;

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
        nav.addItem(new SideNavItem("Home", HomeView.class));
        currentUser.get().filter(MainLayout::canSeeMeetingBoard)
                .ifPresent(u -> nav.addItem(new SideNavItem("Meeting board", MeetingBoardView.class)));
        currentUser.get().filter(MainLayout::canSeeReferrals)
                .ifPresent(u -> nav.addItem(new SideNavItem("Referrals", ReferralListView.class)));
        currentUser.get().filter(MainLayout::canSeeMissingBoard)
                .ifPresent(u -> nav.addItem(new SideNavItem("Missing children", MissingBoardView.class)));
        currentUser.get().filter(MainLayout::canSeePanel).ifPresent(u -> {
            nav.addItem(new SideNavItem("Exploitation panel", PanelCasesView.class));
            nav.addItem(new SideNavItem("Panel meetings", PanelMeetingsView.class));
        });
        currentUser.get().filter(u -> OurActionsView.ROLES.stream().anyMatch(u::hasRole))
                .ifPresent(u -> nav.addItem(new SideNavItem("Our actions", OurActionsView.class)));
        currentUser.get().filter(MainLayout::canImportNotifications).ifPresent(u -> nav.addItem(
                new SideNavItem("Import police notifications", PoliceNotificationImportView.class)));
        currentUser.get().filter(MainLayout::canImportMissingNotifications).ifPresent(u -> nav.addItem(
                new SideNavItem("Import missing notifications", MissingNotificationImportView.class)));
        currentUser.get().filter(u -> u.hasRole(Roles.MEETING_CHAIR) || u.hasRole(Roles.ADMINISTRATOR))
                .ifPresent(u -> nav.addItem(new SideNavItem("Missing returns (DfE)", MissingReturnsView.class)));
        currentUser.get().filter(u -> KpiDashboardView.ROLES.stream().anyMatch(u::hasRole))
                .ifPresent(u -> nav.addItem(new SideNavItem("KPI dashboard", KpiDashboardView.class)));
        currentUser.get().filter(u -> u.hasRole(Roles.ADMINISTRATOR))
                .ifPresent(u -> nav.addItem(new SideNavItem("KPI targets", KpiSettingsView.class)));
        currentUser.get().filter(u -> u.hasRole(Roles.ADMINISTRATOR))
                .ifPresent(u -> nav.addItem(new SideNavItem("Events set aside", DeadLettersView.class)));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    public static boolean canSeeMeetingBoard(ConveneUser user) {
        return MeetingBoardView.ROLES.stream().anyMatch(user::hasRole);
    }

    public static boolean canSeeMissingBoard(ConveneUser user) {
        return MissingBoardView.ROLES.stream().anyMatch(user::hasRole);
    }

    public static boolean canSeePanel(ConveneUser user) {
        return PanelCasesView.ROLES.stream().anyMatch(user::hasRole);
    }

    public static boolean canSeeReferrals(ConveneUser user) {
        return ReferralListView.ROLES.stream().anyMatch(user::hasRole);
    }

    public static boolean canImportNotifications(ConveneUser user) {
        return PoliceNotificationImportView.ROLES.stream().anyMatch(user::hasRole);
    }

    public static boolean canImportMissingNotifications(ConveneUser user) {
        return MissingNotificationImportView.ROLES.stream().anyMatch(user::hasRole);
    }

    static String rolesOf(ConveneUser user) {
        return String.join(", ", Roles.ALL.stream().filter(user::hasRole).map(Roles::label).toList());
    }
}
