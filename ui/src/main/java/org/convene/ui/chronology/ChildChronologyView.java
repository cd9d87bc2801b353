package org.convene.ui.chronology;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.FindChildQuery;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.ChronologyFilter;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.ui.MainLayout;
import org.convene.ui.audit.AccessLogView;
import org.convene.ui.missing.ChildMissingHistoryView;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.PurposePrompt;
import org.convene.ui.shared.RecordView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/**
 * A child's chronology: everything every agency recorded, in the order it happened, with when each
 * thing was recorded. Filters by agency, kind, dates and key events, and a case review's
 * <em>as known on</em> date (only what had been recorded by the end of that day). Opening it asks
 * why (unless the link says) and is logged; the filters work on what was opened, so changing them
 * is not another opening.
 */
@Route(value = "children/:childId/chronology", layout = MainLayout.class)
@PageTitle("Chronology | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ADMINISTRATOR})
public class ChildChronologyView extends RecordView {

    public static final String CHILD_ID = "childId";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChildChronologyView.class);

    private final QueryGateway queryGateway;
    private final CurrentUser currentUser;
    final Paragraph about = new Paragraph();
    final Span openedFor = new Span();
    final RouterLink missingHistory = new RouterLink();
    final RouterLink accessLog = new RouterLink();
    final ChronologyFilters filters;
    final Span shown = new Span();
    final ChronologyGrid grid;
    private final Div content = new Div();
    private List<ChronologyEntry> entries = List.of();

    public ChildChronologyView(QueryGateway queryGateway, AgencyNames agencies, CurrentUser currentUser) {
        super(CHILD_ID, "Chronology", "chronology-title");
        this.queryGateway = queryGateway;
        this.currentUser = currentUser;
        this.filters = new ChronologyFilters(agencies.all());
        this.grid = new ChronologyGrid(agencies.all());
        Pages.column(this, title);
        setHeightFull();
        about.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Bottom.NONE);
        openedFor.setId("opened-for");
        openedFor.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        missingHistory.setText("Missing episodes");
        missingHistory.setId("missing-history-link");
        accessLog.setText("Who has opened this record");
        accessLog.setId("access-log-link");
        accessLog.setVisible(false);
        HorizontalLayout links = new HorizontalLayout(missingHistory, accessLog);
        links.addClassNames(LumoUtility.Gap.LARGE);
        shown.setId("chronology-shown");
        shown.getElement().setAttribute("aria-live", "polite");
        filters.addValueChangeListener(e -> show(e.getValue()));

        content.add(new Div(about, openedFor), links, filters, shown, grid);
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Flex.GROW);
        add(title);
    }

    @Override
    protected void enter(String childId, BeforeEnterEvent event) {
        var purpose = PurposePrompt.from(event);
        removeAll();
        if (purpose.isEmpty()) {
            add(title, new PurposePrompt("Open the chronology", chosen -> UI.getCurrent().navigate(
                    ChildChronologyView.class, new RouteParameters(CHILD_ID, childId), PurposePrompt.parameters(chosen))));
            return;
        }
        add(title, content);
        open(childId, purpose.get());
    }

    private void open(String childId, AccessPurpose purpose) {
        missingHistory.setRoute(ChildMissingHistoryView.class,
                new RouteParameters(ChildMissingHistoryView.CHILD_ID, childId));
        missingHistory.setQueryParameters(PurposePrompt.parameters(purpose));
        boolean administrator = currentUser.get().map(u -> u.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMINISTRATOR))).orElse(false);
        accessLog.setRoute(AccessLogView.class, new RouteParameters(AccessLogView.CHILD_ID, childId));
        accessLog.setVisible(administrator);
        openedFor.setText("Opened for: " + purpose.label() + ". This opening is logged.");
        try {
            ChildDetails child = queryGateway.query(new FindChildQuery(childId),
                    ResponseTypes.instanceOf(ChildDetails.class)).get(10, TimeUnit.SECONDS);
            if (child != null) {
                title.setText("Chronology: " + child.fullName());
                about.setText(child.dateOfBirth() == null ? "Date of birth not known."
                        : (child.dateOfBirthIsExpected() ? "Expected " : "Born ") + Formats.date(child.dateOfBirth())
                        + " (" + Formats.age(child.dateOfBirth(), child.dateOfBirthIsExpected(), Formats.today())
                        + ").");
            }
            entries = List.copyOf(queryGateway.query(new FindChildChronologyQuery(childId, purpose),
                    ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed();
            return;
        } catch (Exception e) {
            LOG.warn("Chronology of {} could not be loaded", childId, e);
            failed();
            return;
        }
        filters.offer(entries);
        show(filters.getValue());
    }

    private void failed() {
        about.setText("The chronology could not be loaded just now. Please try again.");
        entries = List.of();
        grid.setItems(List.of());
    }

    private void show(ChronologyFilter filter) {
        List<ChronologyEntry> visible = filter.apply(entries);
        grid.setItems(visible);
        if (Objects.equals(filter, ChronologyFilter.none())) {
            shown.setText("Showing all " + entries.size() + (entries.size() == 1 ? " entry." : " entries."));
            return;
        }
        StringBuilder text = new StringBuilder("Showing ").append(visible.size()).append(" of ")
                .append(entries.size()).append(entries.size() == 1 ? " entry" : " entries");
        if (filter.knownOn() != null) {
            long hidden = filter.hiddenAsNotYetRecorded(entries);
            text.append(". As known on ").append(Formats.date(filter.knownOn())).append(": ").append(hidden)
                    .append(hidden == 1 ? " entry was" : " entries were").append(" recorded later and ")
                    .append(hidden == 1 ? "is" : "are").append(" not shown");
        }
        shown.setText(text.append('.').toString());
    }
}
