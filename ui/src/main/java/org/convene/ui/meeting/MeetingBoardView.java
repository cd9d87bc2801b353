package org.convene.ui.meeting;

import static org.convene.ui.shared.Badges.badge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.intake.Intake;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.FindMeetingBoardQuery;
import org.convene.query.referral.api.MeetingBoardItem;
import org.convene.ui.MainLayout;
import org.convene.ui.referral.RecordReferralDialog;
import org.convene.ui.referral.ReferralView;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveQuery;
import org.convene.ui.shared.LiveRows;
import org.convene.ui.shared.Pages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
 * The daily screening meeting's board: every referral awaiting screening, most urgent first,
 * live for everyone at the meeting.
 */
@Route(value = "meeting", layout = MainLayout.class)
@PageTitle("Meeting board | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR})
public class MeetingBoardView extends Main {


    private final QueryGateway queryGateway;
    final Grid<MeetingBoardItem> grid = new Grid<>(MeetingBoardItem.class, false);
    private final Paragraph count = new Paragraph();
    private final LiveRows<MeetingBoardItem> rows = new LiveRows<>(MeetingBoardItem::referralId,
            MeetingBoardItem.BOARD_ORDER);
    private final Map<String, String> agencyNames;

    public MeetingBoardView(QueryGateway queryGateway, Intake intake, AgencyNames agencies) {
        this.queryGateway = queryGateway;
        this.agencyNames = agencies.all();
        setHeightFull();

        H1 title = Pages.column(this, new H1("Meeting board"));
        Button record = new Button("Record a referral", VaadinIcon.PLUS.create(),
                e -> new RecordReferralDialog(intake, queryGateway).open());
        record.setId("record-referral");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = Pages.toolbar(title, record);

        count.setId("board-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.SMALL);

        grid.setId("meeting-board");
        grid.setAriaLabel("Referrals awaiting screening, most urgent first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::children)).setHeader("Children").setWidth("15rem")
                .setFlexGrow(3);
        grid.addColumn(i -> i.type().label()).setHeader("Type").setWidth("11rem").setFlexGrow(1);
        grid.addColumn(i -> i.dashLevel() == null ? "–" : i.dashLevel().label()).setHeader("DASH")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::flags)).setHeader("Flags").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(i -> Formats.elapsed(i.receivedAt(), Instant.now())).setHeader("Waiting")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.contributingAgencies() == null || i.contributingAgencies().isEmpty()
                        ? "None yet" : AgencyNames.names(agencyNames, i.contributingAgencies()))
                .setHeader("Checks recorded by").setWidth("12rem").setFlexGrow(2);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("No referrals are waiting for screening.");
        grid.setSizeFull();

        add(toolbar, count, grid);
        LiveQuery.of(queryGateway, new FindMeetingBoardQuery(),
                        ResponseTypes.multipleInstancesOf(MeetingBoardItem.class),
                        ResponseTypes.instanceOf(MeetingBoardItem.class))
                .onFailure(() -> count.setText("The board could not be loaded just now. Please reload the page."))
                .bind(this, this::showAll, this::apply);
    }

    private Component children(MeetingBoardItem item) {
        Div cell = new Div();
        LocalDate today = Formats.today();
        List<ChildRef> children = item.children() == null ? List.of() : item.children();
        String label = children.isEmpty() ? "Referral" : String.join(", ", children.stream()
                .map(c -> c.fullName() + " (" + Formats.age(c.dateOfBirth(), c.dateOfBirthIsExpected(), today) + ")")
                .toList());
        RouterLink link = new RouterLink(label, ReferralView.class,
                new RouteParameters(ReferralView.REFERRAL_ID, item.referralId()));
        link.getElement().setAttribute("data-referral-id", item.referralId());
        cell.add(link);
        return cell;
    }

    private Component flags(MeetingBoardItem item) {
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(true);
        flags.getStyle().set("flex-wrap", "wrap");
        if (item.urgent()) {
            flags.add(badge("Urgent", "badge error primary"));
        }
        if (item.screeningDueBy() != null && item.targetMissed(Instant.now())) {
            flags.add(badge("Target missed", "badge error"));
        } else if (item.screeningDueBy() != null) {
            flags.add(badge("Due by " + Formats.endOfDayDeadline(item.screeningDueBy()), "badge contrast"));
        }
        if (item.overdueActions() > 0) {
            flags.add(badge(item.overdueActions() + (item.overdueActions() == 1 ? " action overdue"
                    : " actions overdue"), "badge warning"));
        }
        return flags;
    }

    private void open(MeetingBoardItem item) {
        UI.getCurrent().navigate(ReferralView.class, new RouteParameters(ReferralView.REFERRAL_ID,
                item.referralId()));
    }

    private void showAll(List<MeetingBoardItem> initial) {
        rows.replaceAll(initial);
        refresh();
    }

    void apply(MeetingBoardItem update) {
        rows.apply(update, update.removed());
        refresh();
    }

    private void refresh() {
        grid.setItems(rows.list());
        Instant now = Instant.now();
        long missed = rows.list().stream().filter(i -> i.screeningDueBy() != null && i.targetMissed(now)).count();
        count.setText(rows.isEmpty() ? "Nothing is waiting for screening."
                : rows.size() + (rows.size() == 1 ? " referral" : " referrals") + " awaiting screening"
                + (missed > 0 ? ", " + missed + " past the 1-working-day target." : "."));
    }
}
