package org.convene.ui.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.query.missing.api.AwaitingInterviewItem;
import org.convene.query.missing.api.FindAwaitingInterviewQuery;
import org.convene.query.missing.api.FindMissingNowQuery;
import org.convene.query.missing.api.MissingNowItem;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

/**
 * The missing-children board: who is missing now, and who has returned and still needs a return
 * interview within 72 hours. Both lists are live for everyone who has the board open.
 */
@Route(value = "missing", layout = MainLayout.class)
@PageTitle("Missing children | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER})
public class MissingBoardView extends Main {

    public static final List<String> ROLES = List.of(Roles.SCREENER, Roles.MEETING_CHAIR,
            Roles.RETURN_INTERVIEW_WORKER);
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
    private final List<MissingNowItem> missingRows = new ArrayList<>();
    private final List<AwaitingInterviewItem> awaitingRows = new ArrayList<>();
    private SubscriptionQueryResult<List<MissingNowItem>, MissingNowItem> missingSubscription;
    private SubscriptionQueryResult<List<AwaitingInterviewItem>, AwaitingInterviewItem> awaitingSubscription;
    private final List<Disposable> updates = new ArrayList<>();

    public MissingBoardView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);

        H1 title = new H1("Missing children");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        report.setId("report-missing");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.addClickListener(e -> new ReportMissingDialog(commandGateway, queryGateway).open());
        report.setVisible(currentUser.get().filter(MissingBoardView::canReport).isPresent());
        HorizontalLayout toolbar = new HorizontalLayout(title, report);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.expand(title);

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

        add(toolbar, section("Missing now", "missing-now-heading", missingCount, missingNow),
                section("Returned: interview due", "awaiting-interview-heading", awaitingCount, awaiting));
    }

    static boolean canReport(ConveneUser user) {
        return REPORTERS.stream().anyMatch(user::hasRole);
    }

    private static Section section(String heading, String id, Component... content) {
        H2 h = new H2(heading);
        h.setId(id);
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        Section s = new Section(h);
        s.add(content);
        s.getElement().setAttribute("aria-labelledby", id);
        return s;
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

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        missingSubscription = queryGateway.subscriptionQuery(new FindMissingNowQuery(),
                ResponseTypes.multipleInstancesOf(MissingNowItem.class),
                ResponseTypes.instanceOf(MissingNowItem.class));
        awaitingSubscription = queryGateway.subscriptionQuery(new FindAwaitingInterviewQuery(),
                ResponseTypes.multipleInstancesOf(AwaitingInterviewItem.class),
                ResponseTypes.instanceOf(AwaitingInterviewItem.class));
        missingRows.clear();
        awaitingRows.clear();
        try {
            List<MissingNowItem> initialMissing = missingSubscription.initialResult().block();
            if (initialMissing != null) {
                missingRows.addAll(initialMissing);
            }
            List<AwaitingInterviewItem> initialAwaiting = awaitingSubscription.initialResult().block();
            if (initialAwaiting != null) {
                awaitingRows.addAll(initialAwaiting);
            }
        } catch (RuntimeException e) {
            missingCount.setText("The board could not be loaded just now. Please reload the page.");
        }
        missingRows.sort(MISSING_ORDER);
        awaitingRows.sort(AWAITING_ORDER);
        refresh();
        updates.add(missingSubscription.updates().subscribe(u -> ui.access(() -> apply(u))));
        updates.add(awaitingSubscription.updates().subscribe(u -> ui.access(() -> apply(u))));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        updates.forEach(Disposable::dispose);
        updates.clear();
        if (missingSubscription != null) {
            missingSubscription.close();
        }
        if (awaitingSubscription != null) {
            awaitingSubscription.close();
        }
    }

    void apply(MissingNowItem incoming) {
        MissingNowItem update = incoming;
        if (update.childName() == null) {
            // the child's record may reach the read side a moment after the episode: keep the name shown
            String known = missingRows.stream().filter(r -> r.episodeId().equals(incoming.episodeId()))
                    .map(MissingNowItem::childName).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (known != null) {
                update = new MissingNowItem(update.episodeId(), update.childId(), known, update.dateOfBirth(),
                        update.lookedAfter(), update.missingFrom(), update.careAbsenceType(), update.lastSeenAt(),
                        update.riskLevel(), update.policeReference(), update.lastKnownLocation(),
                        update.textSafeSent(), update.removed());
            }
        }
        upsert(missingRows, update, MissingNowItem::episodeId, update.removed());
        missingRows.sort(MISSING_ORDER);
        refresh();
    }

    void apply(AwaitingInterviewItem incoming) {
        AwaitingInterviewItem update = incoming;
        if (update.childName() == null) {
            String known = awaitingRows.stream().filter(r -> r.episodeId().equals(incoming.episodeId()))
                    .map(AwaitingInterviewItem::childName).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            if (known != null) {
                update = new AwaitingInterviewItem(update.episodeId(), update.childId(), known, update.returnedAt(),
                        update.interviewDueBy(), update.offered(), update.provider(), update.overdue(),
                        update.removed());
            }
        }
        upsert(awaitingRows, update, AwaitingInterviewItem::episodeId, update.removed());
        awaitingRows.sort(AWAITING_ORDER);
        refresh();
    }

    private static <T> void upsert(List<T> rows, T update, Function<T, String> id, boolean removed) {
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (id.apply(rows.get(i)).equals(id.apply(update))) {
                at = i;
                break;
            }
        }
        if (removed) {
            if (at >= 0) {
                rows.remove(at);
            }
        } else if (at >= 0) {
            rows.set(at, update);
        } else {
            rows.add(update);
        }
    }

    private void refresh() {
        missingNow.setItems(new ArrayList<>(missingRows));
        awaiting.setItems(new ArrayList<>(awaitingRows));
        long high = missingRows.stream().filter(i -> i.riskLevel() != null
                && i.riskLevel() == org.convene.coordination.missing.api.MissingRiskLevel.HIGH).count();
        missingCount.setText(missingRows.isEmpty() ? "No child is missing now."
                : missingRows.size() + (missingRows.size() == 1 ? " child" : " children") + " missing now"
                + (high > 0 ? ", " + high + " at high risk." : "."));
        Instant now = Instant.now();
        long overdue = awaitingRows.stream()
                .filter(i -> MissingLabels.isOverdue(i.interviewDueBy(), i.overdue(), now)).count();
        awaitingCount.setText(awaitingRows.isEmpty() ? "No return interview is due."
                : awaitingRows.size() + (awaitingRows.size() == 1 ? " return interview" : " return interviews")
                + " due" + (overdue > 0 ? ", " + overdue + " overdue." : "."));
    }
}
