package org.convene.ui.missing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.intake.Intake;
import org.convene.query.missing.api.AwaitingInterviewItem;
import org.convene.query.missing.api.FindAwaitingInterviewQuery;
import org.convene.query.missing.api.FindMissingNowQuery;
import org.convene.query.missing.api.MissingNowItem;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveQuery;
import org.convene.ui.shared.LiveRows;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.Sections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/**
 * The missing-children board: who is missing now, and who has returned and still needs a return
 * interview within 72 hours. Both lists are live for everyone who has the board open.
 */
@Route(value = "missing", layout = MainLayout.class)
@PageTitle("Missing children | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER})
public class MissingBoardView extends Main {

    /** Who may report a child missing (ReportMissingEpisodeCommand). */
    static final List<String> REPORTERS = List.of(Roles.SCREENER, Roles.MEETING_CHAIR);

    static final Comparator<MissingNowItem> MISSING_ORDER = Comparator.comparing(MissingNowItem::lastSeenAt,
            Comparator.nullsLast(Comparator.naturalOrder()));
    static final Comparator<AwaitingInterviewItem> AWAITING_ORDER = Comparator
            .comparing((AwaitingInterviewItem i) -> !i.overdue())
            .thenComparing(AwaitingInterviewItem::interviewDueBy, Comparator.nullsLast(Comparator.naturalOrder()));

    private final QueryGateway queryGateway;
    final Grid<MissingNowItem> missingNow = new Grid<>(MissingNowItem.class, false);
    final Grid<AwaitingInterviewItem> awaiting = new Grid<>(AwaitingInterviewItem.class, false);
    final Button report = new Button("Report a missing child", VaadinIcon.PLUS.create());
    private final Paragraph missingCount = new Paragraph();
    private final Paragraph awaitingCount = new Paragraph();
    private final LiveRows<MissingNowItem> missingRows = new LiveRows<>(MissingNowItem::episodeId, MISSING_ORDER);
    private final LiveRows<AwaitingInterviewItem> awaitingRows = new LiveRows<>(AwaitingInterviewItem::episodeId,
            AWAITING_ORDER);

    public MissingBoardView(QueryGateway queryGateway, Intake intake, CurrentUser currentUser) {
        this.queryGateway = queryGateway;

        H1 title = Pages.column(this, new H1("Missing children"));
        report.setId("report-missing");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.addClickListener(e -> new ReportMissingDialog(intake, queryGateway).open());
        report.setVisible(currentUser.get().filter(MissingBoardView::canReport).isPresent());
        HorizontalLayout toolbar = Pages.toolbar(title, report);

        missingNow.setId("missing-now");
        missingNow.setAriaLabel("Children missing now, longest missing first");
        missingNow.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        missingNow.addColumn(new ComponentRenderer<>(i -> childLink(i.childName(), i.episodeId())))
                .setHeader("Child").setWidth("12rem").setFlexGrow(2);
        missingNow.addColumn(i -> Formats.age(i.dateOfBirth(), false, Formats.today())).setHeader("Age")
                .setAutoWidth(true).setFlexGrow(0);
        missingNow.addColumn(i -> MissingLabels.from(i.missingFrom(), i.careAbsenceType()))
                .setHeader("Missing from").setWidth("12rem").setFlexGrow(1);
        missingNow.addColumn(i -> i.lookedAfter() ? "Yes" : "No").setHeader("Looked after").setAutoWidth(true)
                .setFlexGrow(0);
        missingNow.addColumn(i -> MissingLabels.duration(i.lastSeenAt(), Instant.now())).setHeader("Missing for")
                .setAutoWidth(true).setFlexGrow(0);
        missingNow.addColumn(new ComponentRenderer<>(i -> MissingLabels.riskBadge(i.riskLevel())))
                .setHeader("Police risk").setAutoWidth(true).setFlexGrow(0);
        missingNow.addColumn(i -> MissingLabels.orDash(i.policeReference())).setHeader("Police reference")
                .setAutoWidth(true).setFlexGrow(1);
        missingNow.setEmptyStateText("No child is missing now.");
        missingNow.setAllRowsVisible(true);

        awaiting.setId("awaiting-interview");
        awaiting.setAriaLabel("Returned children whose return interview is due, most urgent first");
        awaiting.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        awaiting.addColumn(new ComponentRenderer<>(i -> childLink(i.childName(), i.episodeId())))
                .setHeader("Child").setWidth("12rem").setFlexGrow(2);
        awaiting.addColumn(i -> Formats.dateTime(i.returnedAt())).setHeader("Returned").setAutoWidth(true)
                .setFlexGrow(0);
        awaiting.addColumn(new ComponentRenderer<>(this::timeLeft)).setHeader("Time left (72 hours)")
                .setAutoWidth(true).setFlexGrow(0);
        awaiting.addColumn(i -> i.offered() ? "Yes" + (i.provider() == null ? "" : ": " + i.provider()) : "No")
                .setHeader("Interview offered").setWidth("12rem").setFlexGrow(1);
        awaiting.setEmptyStateText("No returned child is waiting for a return interview.");
        awaiting.setAllRowsVisible(true);

        for (Paragraph p : List.of(missingCount, awaitingCount)) {
            p.getElement().setAttribute("aria-live", "polite");
            p.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        }
        missingCount.setId("missing-now-count");
        awaitingCount.setId("awaiting-interview-count");

        add(toolbar, Sections.of("Missing now", "missing-now-heading", missingCount, missingNow),
                Sections.of("Returned: interview due", "awaiting-interview-heading", awaitingCount, awaiting));
        Runnable failed = () -> missingCount.setText("The board could not be loaded just now. Please reload the page.");
        LiveQuery.of(queryGateway, new FindMissingNowQuery(), ResponseTypes.multipleInstancesOf(MissingNowItem.class),
                ResponseTypes.instanceOf(MissingNowItem.class)).onFailure(failed).bind(this, this::showMissing, this::apply);
        LiveQuery.of(queryGateway, new FindAwaitingInterviewQuery(),
                        ResponseTypes.multipleInstancesOf(AwaitingInterviewItem.class),
                        ResponseTypes.instanceOf(AwaitingInterviewItem.class))
                .onFailure(failed).bind(this, this::showAwaiting, this::apply);
    }

    static boolean canReport(ConveneUser user) {
        return REPORTERS.stream().anyMatch(user::hasRole);
    }

    private static Component childLink(String childName, String episodeId) {
        RouterLink link = new RouterLink(childName == null || childName.isBlank() ? "Name not yet available" : childName,
                MissingEpisodeView.class, new RouteParameters(MissingEpisodeView.EPISODE_ID, episodeId));
        link.getElement().setAttribute("data-episode-id", episodeId);
        return link;
    }

    private Component timeLeft(AwaitingInterviewItem item) {
        Instant now = Instant.now();
        Span span = new Span(MissingLabels.timeLeft(item.interviewDueBy(), item.overdue(), now));
        if (MissingLabels.isOverdue(item.interviewDueBy(), item.overdue(), now)) {
            span.getElement().getThemeList().add("badge error primary");
        }
        return span;
    }

    private void showMissing(List<MissingNowItem> initial) {
        missingRows.replaceAll(initial);
        refresh();
    }

    private void showAwaiting(List<AwaitingInterviewItem> initial) {
        awaitingRows.replaceAll(initial);
        refresh();
    }

    void apply(MissingNowItem update) {
        applyKeepingName(missingRows, update, MissingNowItem::childName, update.removed(),
                known -> new MissingNowItem(update.episodeId(), update.childId(), known, update.dateOfBirth(),
                        update.lookedAfter(), update.missingFrom(), update.careAbsenceType(), update.lastSeenAt(),
                        update.riskLevel(), update.policeReference(), update.lastKnownLocation(),
                        update.textSafeSent(), update.removed()));
    }

    void apply(AwaitingInterviewItem update) {
        applyKeepingName(awaitingRows, update, AwaitingInterviewItem::childName, update.removed(),
                known -> new AwaitingInterviewItem(update.episodeId(), update.childId(), known, update.returnedAt(),
                        update.interviewDueBy(), update.offered(), update.provider(), update.overdue(),
                        update.removed()));
    }

    /**
     * Puts an update on its list. The child's record may reach the read side a moment after the
     * episode: an update without the child's name keeps the name shown.
     */
    private <T> void applyKeepingName(LiveRows<T> rows, T update, Function<T, String> name, boolean removed,
                                      Function<String, T> withName) {
        T shown = update;
        if (name.apply(update) == null) {
            String known = rows.find(rows.idOf(update)).map(name).orElse(null);
            if (known != null) {
                shown = withName.apply(known);
            }
        }
        rows.apply(shown, removed);
        refresh();
    }

    private void refresh() {
        missingNow.setItems(missingRows.list());
        awaiting.setItems(awaitingRows.list());
        long high = missingRows.list().stream().filter(i -> i.riskLevel() != null
                && i.riskLevel() == MissingRiskLevel.HIGH).count();
        missingCount.setText(missingRows.isEmpty() ? "No child is missing now."
                : missingRows.size() + (missingRows.size() == 1 ? " child" : " children") + " missing now"
                + (high > 0 ? ", " + high + " at high risk." : "."));
        Instant now = Instant.now();
        long overdue = awaitingRows.list().stream()
                .filter(i -> MissingLabels.isOverdue(i.interviewDueBy(), i.overdue(), now)).count();
        awaitingCount.setText(awaitingRows.isEmpty() ? "No return interview is due."
                : awaitingRows.size() + (awaitingRows.size() == 1 ? " return interview" : " return interviews")
                + " due" + (overdue > 0 ? ", " + overdue + " overdue." : "."));
    }
}
