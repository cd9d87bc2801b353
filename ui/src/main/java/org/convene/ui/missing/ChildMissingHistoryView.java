package org.convene.ui.missing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.FindChildQuery;
import org.convene.query.missing.api.FindChildMissingHistoryQuery;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.PurposePrompt;
import com.vaadin.flow.component.UI;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.RecordView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/** One child's missing episodes, newest first: how often, how long, how risky, and the interviews. */
@Route(value = "children/:childId/missing", layout = MainLayout.class)
@PageTitle("Missing history | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER, Roles.PANEL_CHAIR,
        Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public class ChildMissingHistoryView extends RecordView {

    public static final String CHILD_ID = "childId";

    private final QueryGateway queryGateway;
    final Paragraph about = new Paragraph();
    final Grid<MissingEpisodeDetails> grid = new Grid<>(MissingEpisodeDetails.class, false);

    public ChildMissingHistoryView(QueryGateway queryGateway) {
        super(CHILD_ID, "Missing history", "missing-history-title");
        this.queryGateway = queryGateway;
        setHeightFull();
        Pages.column(this, title);
        about.setId("missing-history-about");
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        grid.setId("missing-history");
        grid.setAriaLabel("Missing episodes, newest first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::episodeLink)).setHeader("Last seen").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> MissingLabels.from(e.missingFrom(), e.careAbsenceType())).setHeader("Missing from")
                .setWidth("12rem");
        grid.addColumn(e -> e.returnedAt() == null ? "Still missing (" + MissingLabels.duration(e.lastSeenAt(),
                Instant.now()) + ")" : MissingLabels.duration(e.lastSeenAt(), e.returnedAt())).setHeader("Missing for")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> MissingLabels.riskBadge(e.riskLevel()))).setHeader("Police risk")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChildMissingHistoryView::interview).setHeader("Return interview").setWidth("14rem");
        grid.addColumn(e -> MissingLabels.orDash(e.policeReference())).setHeader("Police reference")
                .setAutoWidth(true);
        grid.setEmptyStateText("No missing episode is recorded for this child.");
        grid.setSizeFull();
        add(title);
    }

    private void showContent() {
        removeAll();
        add(title, about, grid);
    }

    private Component episodeLink(MissingEpisodeDetails e) {
        RouterLink link = new RouterLink(Formats.dateTime(e.lastSeenAt()), MissingEpisodeView.class,
                new RouteParameters(MissingEpisodeView.EPISODE_ID, e.episodeId()));
        link.getElement().setAttribute("data-episode-id", e.episodeId());
        return link;
    }

    static String interview(MissingEpisodeDetails e) {
        if (e.returnedAt() == null) {
            return "–";
        }
        if (e.interviewOutcome() != null) {
            return e.interviewOutcome().label() + (Boolean.FALSE.equals(e.interviewWithinDeadline())
                    ? " (after 72 hours)" : "");
        }
        if (e.interviewOverdue() || (e.interviewDueBy() != null && !Instant.now().isBefore(e.interviewDueBy()))) {
            return "Overdue" + (e.interviewProvider() == null ? ", not offered" : ", offered");
        }
        return (e.interviewProvider() == null ? "Not offered yet" : "Offered") + ", due by "
                + Formats.dateTime(e.interviewDueBy());
    }

    @Override
    protected void enter(String childId, BeforeEnterEvent event) {
        var purpose = PurposePrompt.from(event);
        if (purpose.isEmpty()) {
            removeAll();
            add(title, new PurposePrompt("Open the missing history", chosen -> UI.getCurrent().navigate(
                    ChildMissingHistoryView.class, new RouteParameters(CHILD_ID, childId),
                    PurposePrompt.parameters(chosen))));
            return;
        }
        showContent();
        try {
            ChildDetails child = queryGateway.query(new FindChildQuery(childId),
                    ResponseTypes.instanceOf(ChildDetails.class)).get(10, TimeUnit.SECONDS);
            List<MissingEpisodeDetails> episodes = queryGateway.query(new FindChildMissingHistoryQuery(childId, purpose.get()),
                    ResponseTypes.multipleInstancesOf(MissingEpisodeDetails.class)).get(10, TimeUnit.SECONDS);
            String name = child != null ? child.fullName()
                    : episodes.isEmpty() ? "child" : episodes.get(0).childName();
            title.setText("Missing history: " + (name == null ? "this child" : name));
            Instant ninetyDaysAgo = Instant.now().minus(java.time.Duration.ofDays(90));
            long recent = episodes.stream().filter(e -> e.lastSeenAt() != null && e.lastSeenAt().isAfter(ninetyDaysAgo))
                    .count();
            about.setText(episodes.size() + (episodes.size() == 1 ? " episode" : " episodes") + " recorded, "
                    + recent + " in the last 90 days" + (recent >= 3 ? ": repeat missing, for the exploitation panel."
                    : "."));
            grid.setItems(episodes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            about.setText("The missing history could not be loaded just now. Please try again.");
            grid.setItems(List.of());
        } catch (Exception e) {
            about.setText("The missing history could not be loaded just now. Please try again.");
            grid.setItems(List.of());
        }
    }
}
