package org.convene.ui;

import java.util.List;

import org.convene.infra.security.ConveneUser;
import org.convene.ui.meeting.MeetingBoardView;
import org.convene.ui.missing.MissingBoardView;
import org.convene.ui.referral.ReferralListView;
import org.convene.ui.security.CurrentUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

/**
 * Where a user lands after signing in. Screeners and meeting chairs go straight to the meeting
 * board, others who work with referrals to the list, return-interview workers to the missing-children
 * board;
 * others see who they are signed in as and what their role can open.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | Convene")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    /** Where a user lands, the first of these their role may open. */
    private static final List<Class<? extends Component>> LANDING = List.of(MeetingBoardView.class,
            ReferralListView.class, MissingBoardView.class);

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassNames(LumoUtility.Padding.LARGE);
        currentUser.get().ifPresent(user -> {
            add(new H1("Welcome, " + user.displayName()));
            add(new Paragraph("Signed in for " + user.agencyName() + " as " + MainLayout.rolesOf(user) + "."));
            if (MainLayout.mayOpen(user, ReferralListView.class)) {
                add(new RouterLink("Open the referral list", ReferralListView.class));
            } else {
                add(new Paragraph("Your role does not include the referral list. The screens for your role "
                        + "appear in the menu as the partnership switches them on."));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ConveneUser user = currentUser.get().orElse(null);
        LANDING.stream().filter(view -> MainLayout.mayOpen(user, view)).findFirst().ifPresent(event::forwardTo);
    }
}
