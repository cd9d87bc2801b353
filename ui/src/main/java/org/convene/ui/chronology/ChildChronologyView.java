package org.convene.ui.chronology;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.FindChildQuery;
import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.ChronologyFilter;
import org.convene.query.chronology.api.ChronologyKinds;
import org.convene.query.chronology.api.FindChildChronologyQuery;
import org.convene.ui.MainLayout;
import org.convene.ui.audit.AccessLogView;
import org.convene.ui.missing.ChildMissingHistoryView;
import org.convene.ui.referral.ReferralView;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.PurposePrompt;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
public class ChildChronologyView extends Main implements BeforeEnterObserver {

    public static final String CHILD_ID = "childId";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChildChronologyView.class);

    private final QueryGateway queryGateway;
    private final CurrentUser currentUser;
    private final Map<String, String> agencyNames;
    final H1 title = new H1("Chronology");
    final Paragraph about = new Paragraph();
    final Span openedFor = new Span();
    final RouterLink missingHistory = new RouterLink();
    final RouterLink accessLog = new RouterLink();
    final MultiSelectComboBox<String> agencies = new MultiSelectComboBox<>("Agency");
    final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>("Type");
    final DatePicker from = new DatePicker("Happened from");
    final DatePicker to = new DatePicker("Happened to");
    final Checkbox keyOnly = new Checkbox("Key events only");
    final DatePicker knownOn = new DatePicker("As known on");
    final Button clear = new Button("Clear filters");
    final Span shown = new Span();
    final Grid<ChronologyEntry> grid = new Grid<>(ChronologyEntry.class, false);
    private final Div content = new Div();
    private List<ChronologyEntry> entries = List.of();

    public ChildChronologyView(QueryGateway queryGateway, AgencyNames agencies, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.currentUser = currentUser;
        this.agencyNames = agencies.all();
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setHeightFull();
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        title.setId("chronology-title");
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

        filters();
        grid();
        content.add(new Div(about, openedFor), links, filterBar(), shown, grid);
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Flex.GROW);
        add(title);
    }

    private void filters() {
        agencies.setId("filter-agency");
        agencies.setItemLabelGenerator(id -> AgencyNames.name(agencyNames, id));
        kinds.setId("filter-type");
        kinds.setItemLabelGenerator(ChronologyKinds::label);
        from.setId("filter-from");
        to.setId("filter-to");
        keyOnly.setId("filter-key");
        knownOn.setId("known-on");
        knownOn.setHelperText("Only what had been recorded by the end of this day");
        knownOn.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        for (DatePicker picker : List.of(from, to, knownOn)) {
            picker.setLocale(java.util.Locale.UK);
            picker.addValueChangeListener(e -> refresh());
        }
        agencies.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        keyOnly.addValueChangeListener(e -> refresh());
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            agencies.clear();
            kinds.clear();
            from.clear();
            to.clear();
            keyOnly.clear();
            knownOn.clear();
        });
        shown.setId("chronology-shown");
        shown.getElement().setAttribute("aria-live", "polite");
    }

    private HorizontalLayout filterBar() {
        HorizontalLayout bar = new HorizontalLayout(agencies, kinds, from, to, knownOn, keyOnly, clear);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void grid() {
        grid.setId("chronology");
        grid.setAriaLabel("Chronology, in the order things happened");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("Happened").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(e -> {
            Span recorded = new Span(Formats.dateTime(e.recordedAt()));
            String late = lateBy(e);
            if (late != null) {
                Span badge = new Span(late);
                badge.getElement().getThemeList().add("badge contrast small");
                return new Div(recorded, new Div(badge));
            }
            return recorded;
        })).setHeader("Recorded").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AgencyNames.name(agencyNames, e.agencyId())).setHeader("Agency").setAutoWidth(true);
        grid.addColumn(e -> ChronologyKinds.label(e.kind())).setHeader("Type").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> {
            Span what = new Span();
            if (e.key()) {
                Span key = new Span("Key");
                key.getElement().getThemeList().add("badge primary");
                what.add(key, new Span(" "));
            }
            what.add(new Span(e.summary()));
            return what;
        })).setHeader("What").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(e -> e.referralId() == null ? new Span()
                : new RouterLink("Referral", ReferralView.class,
                new RouteParameters(ReferralView.REFERRAL_ID, e.referralId())))).setHeader("Record")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nothing recorded about this child matches.");
        grid.setSizeFull();
    }

    /** "Recorded 5 days later" when an entry was recorded more than a day after it happened. */
    static String lateBy(ChronologyEntry e) {
        if (e.occurredAt() == null || e.recordedAt() == null) {
            return null;
        }
        Duration gap = Duration.between(e.occurredAt(), e.recordedAt());
        if (gap.toHours() < 24) {
            return null;
        }
        long days = gap.toDays();
        return "Recorded " + days + (days == 1 ? " day" : " days") + " later";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String childId = event.getRouteParameters().get(CHILD_ID).orElse("");
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
        Set<String> agencyIds = new LinkedHashSet<>();
        Set<String> kindsSeen = new LinkedHashSet<>();
        entries.forEach(e -> {
            if (e.agencyId() != null) {
                agencyIds.add(e.agencyId());
            }
            kindsSeen.add(e.kind());
        });
        List<String> sortedAgencies = new ArrayList<>(agencyIds);
        sortedAgencies.sort(Comparator.comparing(id -> AgencyNames.name(agencyNames, id)));
        agencies.setItems(sortedAgencies);
        List<String> sortedKinds = new ArrayList<>(kindsSeen);
        sortedKinds.sort(Comparator.comparing(ChronologyKinds::label));
        kinds.setItems(sortedKinds);
        refresh();
    }

    private void failed() {
        about.setText("The chronology could not be loaded just now. Please try again.");
        entries = List.of();
        grid.setItems(List.of());
    }

    private void refresh() {
        ChronologyFilter filter;
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            to.setInvalid(true);
            to.setErrorMessage("Pick a date on or after " + Formats.date(start) + ".");
            return;
        }
        to.setInvalid(false);
        filter = new ChronologyFilter(Set.copyOf(agencies.getValue()), Set.copyOf(kinds.getValue()), start, end,
                keyOnly.getValue(), knownOn.getValue());
        List<ChronologyEntry> visible = filter.apply(entries);
        grid.setItems(visible);
        StringBuilder text = new StringBuilder("Showing ").append(visible.size()).append(" of ")
                .append(entries.size()).append(entries.size() == 1 ? " entry" : " entries");
        if (filter.knownOn() != null) {
            long hidden = filter.hiddenAsNotYetRecorded(entries);
            text.append(". As known on ").append(Formats.date(filter.knownOn())).append(": ").append(hidden)
                    .append(hidden == 1 ? " entry was" : " entries were").append(" recorded later and ")
                    .append(hidden == 1 ? "is" : "are").append(" not shown");
        }
        shown.setText(text.append('.').toString());
        if (Objects.equals(filter, ChronologyFilter.none())) {
            shown.setText("Showing all " + entries.size() + (entries.size() == 1 ? " entry." : " entries."));
        }
    }
}
