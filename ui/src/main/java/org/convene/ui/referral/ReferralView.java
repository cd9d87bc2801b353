package org.convene.ui.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.WithdrawReferralCommand;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.Roles;
import org.convene.coordination.shared.api.TextRules;
import org.convene.infra.security.ConveneUser;
import org.convene.query.referral.api.ActionView;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.ContributionView;
import org.convene.query.referral.api.DecisionView;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.convene.ui.MainLayout;
import org.convene.ui.chronology.ChildChronologyView;
import org.convene.ui.shared.PurposePrompt;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;
import org.convene.ui.security.CurrentUser;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

/**
 * One referral as the meeting works on it: the intake, each agency's checks side by side, the
 * user's own agency's checks, the chair's decision (and its revisions), the actions. Live: what
 * other people record appears without a reload.
 */
@Route(value = "referrals/:referralId", layout = MainLayout.class)
@PageTitle("Referral | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.ADMINISTRATOR})
public class ReferralView extends Main implements BeforeEnterObserver {

    public static final String REFERRAL_ID = "referralId";

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final Map<String, String> agencyNames;
    private final ConveneUser user;

    final H1 title = new H1("Referral");
    final Span status = new Span();
    final Div intake = new Div();
    final Div children = new Div();
    final Div contributions = new Div();
    final Section ourChecks = new Section();
    final RadioButtonGroup<Boolean> ourKnown = new RadioButtonGroup<>();
    final TextArea ourInformation = new TextArea("What our checks found");
    final Button recordChecks = new Button("Record our checks");
    final ProblemList checksErrors = new ProblemList("checks-errors");
    final Section decisionSection = new Section();
    final DecisionForm decisionForm;
    final Button recordDecision = new Button("Record decision");
    final ProblemList decisionErrors = new ProblemList("decision-errors");
    final Div history = new Div();
    final Details reviseSection = new Details("Revise decision");
    DecisionForm revisionForm;
    final TextArea revisionReason = new TextArea("Reason for revising");
    final Button reviseDecision = new Button("Record revised decision");
    final ProblemList revisionErrors = new ProblemList("revision-errors");
    final Grid<ActionView> actions = new Grid<>(ActionView.class, false);
    final Section actionsSection = new Section();
    final Details withdrawSection = new Details("Withdraw referral");
    final TextArea withdrawReason = new TextArea("Why is this referral being withdrawn?");
    final Button withdraw = new Button("Withdraw referral");
    final ProblemList withdrawErrors = new ProblemList("withdraw-errors");

    private String referralId;
    private ReferralDetails details;
    /** The referral's version when the revision form was filled from the decision in force. */
    private Long revisionVersion;
    private String decisionId = UUID.randomUUID().toString();
    private SubscriptionQueryResult<ReferralDetails, ReferralDetails> subscription;
    private Disposable updates;

    public ReferralView(QueryGateway queryGateway, CommandGateway commandGateway, AgencyNames agencies,
                        CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.agencyNames = agencies.all();
        this.user = currentUser.get().orElse(null);
        addClassNames(LumoUtility.Padding.MEDIUM);

        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.Bottom.SMALL);
        title.setId("referral-title");
        status.setId("referral-status");
        intake.setId("referral-intake");
        children.setId("referral-children");

        contributions.setId("contributions");
        contributions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        Section checksSection = section("Agency checks", "contributions-heading", contributions);

        buildOurChecks();
        decisionForm = new DecisionForm("decision", agencyNames);
        buildDecision();
        history.setId("decision-history");
        buildActions();
        buildWithdraw();

        add(title, status, intake, section("Children", "children-heading", children), checksSection, ourChecks,
                decisionSection, section("Decision", "history-heading", history), reviseSection, actionsSection,
                withdrawSection);
        showDetails(null);
    }

    private static Section section(String heading, String id, Component... content) {
        H2 h = new H2(heading);
        h.setId(id);
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        Section s = new Section(h);
        s.add(content);
        s.getElement().setAttribute("aria-labelledby", id);
        return s;
    }

    private boolean hasRole(String role) {
        return user != null && user.hasRole(role);
    }

    private void buildOurChecks() {
        String agencyName = user == null ? "our agency" : AgencyNames.name(agencyNames, user.agencyId());
        H2 h = new H2("Record our checks (" + agencyName + ")");
        h.setId("our-checks-heading");
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        ourChecks.setId("our-checks");
        ourChecks.getElement().setAttribute("aria-labelledby", "our-checks-heading");
        ourKnown.setLabel("Is the child or family known to " + agencyName + "?");
        ourKnown.setItems(Boolean.TRUE, Boolean.FALSE);
        ourKnown.setItemLabelGenerator(b -> b ? "Known to " + agencyName : "Not known to " + agencyName);
        ourKnown.setId("our-known");
        ourInformation.setMaxLength(TextRules.MAX_NARRATIVE_LENGTH);
        ourInformation.setWidthFull();
        ourInformation.setMinHeight("6rem");
        ourInformation.setId("our-information");
        recordChecks.setId("record-checks");
        recordChecks.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordChecks.addClickListener(e -> recordChecks());
        ourChecks.add(h, checksErrors, ourKnown, ourInformation, recordChecks);
    }

    private void buildDecision() {
        H2 h = new H2("Record the meeting's decision");
        h.setId("decision-heading");
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        decisionSection.setId("decision-form");
        decisionSection.getElement().setAttribute("aria-labelledby", "decision-heading");
        recordDecision.setId("record-decision");
        recordDecision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordDecision.addClickListener(e -> recordDecision());
        decisionSection.add(h, decisionErrors, decisionForm, recordDecision);

        reviseSection.setId("revise-section");
        revisionReason.setMaxLength(TextRules.MAX_NARRATIVE_LENGTH);
        revisionReason.setWidthFull();
        revisionReason.setId("revision-reason");
        reviseDecision.setId("revise-decision");
        reviseDecision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reviseDecision.addClickListener(e -> reviseDecision());
    }

    private void buildActions() {
        H2 h = new H2("Actions");
        h.setId("actions-heading");
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        actionsSection.getElement().setAttribute("aria-labelledby", "actions-heading");
        actions.setId("referral-actions");
        actions.setAriaLabel("Actions agreed for this referral");
        actions.setAllRowsVisible(true);
        actions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.addColumn(ActionView::description).setHeader("What").setFlexGrow(2);
        actions.addColumn(a -> AgencyNames.name(agencyNames, a.ownerAgencyId())).setHeader("Owner");
        actions.addColumn(a -> Formats.date(a.dueDate())).setHeader("Due").setAutoWidth(true);
        actions.addColumn(new ComponentRenderer<>(a -> {
            if (a.done()) {
                return badge("Done", "badge success");
            }
            return a.overdue(Formats.today()) ? badge("Overdue", "badge error") : badge("Open", "badge");
        })).setHeader("Status").setAutoWidth(true);
        actions.addColumn(a -> a.done() ? (a.outcome() == null ? "" : a.outcome()) + " (" + a.completedBy() + ", "
                + Formats.dateTime(a.completedAt()) + ")" : "").setHeader("Outcome").setFlexGrow(2);
        actionsSection.add(h, actions);
    }

    private void buildWithdraw() {
        withdrawSection.setId("withdraw-section");
        withdrawReason.setMaxLength(2_000);
        withdrawReason.setWidthFull();
        withdrawReason.setId("withdraw-reason");
        withdraw.setId("withdraw-referral");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> withdraw());
        withdrawSection.add(new Paragraph("Only before a decision: for example when the referral was recorded "
                + "in error or is a duplicate. The referral and the reason stay in the record."),
                withdrawErrors, withdrawReason, withdraw);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        referralId = event.getRouteParameters().get(REFERRAL_ID).orElse(null);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (referralId == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        subscription = queryGateway.subscriptionQuery(new FindReferralDetailsQuery(referralId),
                ResponseTypes.instanceOf(ReferralDetails.class), ResponseTypes.instanceOf(ReferralDetails.class));
        ReferralDetails initial = null;
        try {
            initial = subscription.initialResult().block(java.time.Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            initial = null;
        }
        showDetails(initial);
        updates = subscription.updates().subscribe(update -> ui.access(() -> showDetails(update)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (updates != null) {
            updates.dispose();
        }
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Shows the referral as it stands; forms keep what the user has typed. */
    void showDetails(ReferralDetails d) {
        this.details = d;
        boolean found = d != null;
        for (Component c : List.of(ourChecks, decisionSection, reviseSection, actionsSection, withdrawSection)) {
            c.setVisible(false);
        }
        history.getParent().ifPresent(p -> p.setVisible(found));
        children.getParent().ifPresent(p -> p.setVisible(found));
        contributions.getParent().ifPresent(p -> p.setVisible(found));
        intake.removeAll();
        if (!found) {
            title.setText("Referral");
            status.setText("");
            intake.add(new Paragraph(referralId == null ? "" : "This referral could not be found. It may not "
                    + "have reached the screens yet: try again in a moment."));
            return;
        }
        LocalDate today = Formats.today();
        List<ChildRef> kids = d.children() == null ? List.of() : d.children();
        title.setText("Referral: " + (kids.isEmpty() ? "no child named"
                : String.join(", ", kids.stream().map(ChildRef::fullName).toList())));
        status.setText(d.status().label());
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(d.status() == ReferralStatus.AWAITING_SCREENING ? "badge"
                : d.status() == ReferralStatus.DECIDED ? "badge success" : "badge contrast");
        renderIntake(d);
        renderChildren(kids, today);
        renderContributions(d);
        renderHistory(d);

        boolean awaiting = d.status() == ReferralStatus.AWAITING_SCREENING;
        boolean decided = d.status() == ReferralStatus.DECIDED;
        boolean screener = hasRole(Roles.SCREENER) || hasRole(Roles.MEETING_CHAIR);
        ourChecks.setVisible(screener && d.status() != ReferralStatus.WITHDRAWN);
        boolean ourAgencyContributed = user != null && d.contributions() != null
                && d.contributions().stream().anyMatch(c -> c.agencyId().equals(user.agencyId()));
        recordChecks.setText(ourAgencyContributed ? "Update our checks" : "Record our checks");
        decisionSection.setVisible(hasRole(Roles.MEETING_CHAIR) && awaiting);
        if (decisionForm.agenciesPresent.isEmpty() && d.contributions() != null) {
            decisionForm.agenciesPresent.setValue(d.contributions().stream().map(ContributionView::agencyId)
                    .filter(agencyNames::containsKey).toList());
        }
        if (hasRole(Roles.MEETING_CHAIR) && decided && d.decisions() != null && !d.decisions().isEmpty()) {
            if (revisionForm == null) {
                revisionForm = new DecisionForm("revision", agencyNames);
                revisionForm.prefill(d.decisions().get(d.decisions().size() - 1).decision());
                revisionVersion = d.version();
                Paragraph note = new Paragraph("Actions already agreed stay as they are; add any new actions "
                        + "agreed with this revision.");
                reviseSection.add(revisionErrors, revisionReason, revisionForm, note, reviseDecision);
            }
            reviseSection.setVisible(true);
        }
        actionsSection.setVisible(d.actions() != null && !d.actions().isEmpty());
        actions.setItems(d.actions() == null ? List.of() : d.actions());
        withdrawSection.setVisible(screener && awaiting);
    }

    private void renderIntake(ReferralDetails d) {
        Instant now = Instant.now();
        UnorderedList facts = new UnorderedList();
        facts.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
        facts.add(fact("Received", Formats.dateTime(d.receivedAt()) + " (" + Formats.elapsed(d.receivedAt(), now)
                + " ago)"));
        if (d.status() == ReferralStatus.AWAITING_SCREENING && d.screeningDueBy() != null) {
            ListItem due = fact("Decision due by", Formats.endOfDayDeadline(d.screeningDueBy()) + " (1 working day after receipt)");
            if (!now.isBefore(d.screeningDueBy())) {
                due.add(new Span(" "), badge("Target missed", "badge error"));
            }
            facts.add(due);
        }
        facts.add(fact("Source", d.sourceCode() + " – " + d.sourceDescription()));
        facts.add(fact("Type", d.type().label()));
        if (d.incidentDate() != null) {
            facts.add(fact("Incident date", Formats.date(d.incidentDate())));
        }
        facts.add(fact("DASH risk level", d.dashLevel() == null ? "Not assessed" : d.dashLevel().label()));
        if (d.urgent()) {
            ListItem urgent = new ListItem();
            urgent.add(badge("Urgent", "badge error primary"));
            facts.add(urgent);
        }
        if (d.concernCodes() != null && !d.concernCodes().isEmpty()) {
            facts.add(fact("Concerns", String.join("; ", d.concernCodes().stream()
                    .map(c -> c + " – " + ReferenceCodes.ASSESSMENT_FACTORS.description(c).orElse(c)).toList())));
        }
        if (d.adults() != null && !d.adults().isEmpty()) {
            facts.add(fact("Adults", String.join("; ", d.adults().stream()
                    .map(a -> a.name() + " (" + a.role().label() + ")").toList())));
        }
        if (d.externalReference() != null) {
            facts.add(fact("Source's reference", d.externalReference()));
        }
        facts.add(fact("Recorded by", d.recordedByUser() + ", " + AgencyNames.name(agencyNames, d.recordedByAgency())
                + ", " + Formats.dateTime(d.recordedAt())));
        if (d.withdrawnReason() != null) {
            facts.add(fact("Withdrawn", d.withdrawnReason()));
        }
        intake.add(facts);
        if (d.narrative() != null && !d.narrative().isBlank()) {
            H2 h = new H2("What happened");
            h.addClassNames(LumoUtility.FontSize.MEDIUM);
            Paragraph narrative = new Paragraph(d.narrative());
            narrative.getStyle().set("white-space", "pre-line");
            intake.add(h, narrative);
        }
    }

    private void renderChildren(List<ChildRef> kids, LocalDate today) {
        children.removeAll();
        UnorderedList list = new UnorderedList();
        for (ChildRef c : kids) {
            ListItem item = new ListItem(c.fullName() + ", " + (c.dateOfBirth() == null ? "date of birth not known"
                    : (c.dateOfBirthIsExpected() ? "expected " : "born ") + Formats.date(c.dateOfBirth()) + " ("
                    + Formats.age(c.dateOfBirth(), c.dateOfBirthIsExpected(), today) + ")") + " ");
            if (c.childId() != null) {
                RouterLink link = new RouterLink("Chronology", ChildChronologyView.class,
                        new RouteParameters(ChildChronologyView.CHILD_ID, c.childId()));
                link.setQueryParameters(PurposePrompt.parameters(AccessPurpose.SCREENING));
                link.getElement().setAttribute("aria-label", "Chronology for " + c.fullName());
                item.add(link);
            }
            list.add(item);
        }
        children.add(list);
    }

    private void renderContributions(ReferralDetails d) {
        contributions.removeAll();
        List<ContributionView> list = d.contributions() == null ? List.of() : d.contributions();
        if (list.isEmpty()) {
            contributions.add(new Paragraph("No agency has recorded its checks yet."));
        }
        for (ContributionView c : list) {
            Section card = new Section();
            card.addClassNames("contribution-card", LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Padding.MEDIUM);
            card.getStyle().set("flex", "1 1 16rem").set("max-width", "28rem");
            card.getElement().setAttribute("data-agency", c.agencyId());
            String name = AgencyNames.name(agencyNames, c.agencyId());
            H3 h = new H3(name);
            String headingId = "contribution-" + c.agencyId();
            h.setId(headingId);
            h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE);
            card.getElement().setAttribute("aria-labelledby", headingId);
            Span known = badge(c.knownToAgency() ? "Known to agency" : "Not known to agency",
                    c.knownToAgency() ? "badge" : "badge contrast");
            Paragraph info = new Paragraph(c.information());
            info.getStyle().set("white-space", "pre-line");
            Paragraph who = new Paragraph(c.recordedByUser() + ", " + Formats.dateTime(c.recordedAt()));
            who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(h, known, info, who);
            contributions.add(card);
        }
    }

    private void renderHistory(ReferralDetails d) {
        history.removeAll();
        List<DecisionView> decisions = d.decisions() == null ? List.of() : d.decisions();
        if (decisions.isEmpty()) {
            history.add(new Paragraph(d.status() == ReferralStatus.WITHDRAWN ? "Withdrawn before a decision."
                    : "No decision yet."));
            return;
        }
        for (int i = 0; i < decisions.size(); i++) {
            DecisionView v = decisions.get(i);
            ScreeningDecision dec = v.decision();
            Div entry = new Div();
            entry.addClassNames("decision-entry", LumoUtility.Border.LEFT, LumoUtility.Padding.Left.MEDIUM,
                    LumoUtility.Margin.Bottom.MEDIUM);
            boolean current = i == decisions.size() - 1;
            H3 h = new H3((v.revisionReason() == null ? "Decision" : "Revised decision")
                    + (current ? " (in force)" : " (replaced)"));
            h.addClassNames(LumoUtility.FontSize.MEDIUM);
            entry.add(h);
            UnorderedList facts = new UnorderedList();
            if (v.revisionReason() != null) {
                facts.add(fact("Reason for revising", v.revisionReason()));
            }
            facts.add(fact("Response", dec.response().label() + (dec.singleAgencyName() == null ? ""
                    : ": " + dec.singleAgencyName())));
            facts.add(fact("Level of need", DecisionForm.LEVELS_OF_NEED.getOrDefault(dec.levelOfNeed(),
                    String.valueOf(dec.levelOfNeed()))));
            facts.add(fact("Risk to the children", dec.riskScale() == null ? "Not assessed"
                    : DecisionForm.RISK_SCALE.get(dec.riskScale())));
            facts.add(fact("Agencies present", AgencyNames.names(agencyNames, dec.agenciesPresent())));
            facts.add(fact("Rationale", dec.rationale()));
            facts.add(fact("Decided by", v.recordedByUser() + ", " + AgencyNames.name(agencyNames,
                    v.recordedByAgency()) + ", " + Formats.dateTime(v.recordedAt())
                    + (v.revisionReason() == null ? (v.withinOneWorkingDay() ? " (within 1 working day)"
                    : " (after the 1-working-day target)") : "")));
            entry.add(facts);
            history.add(entry);
        }
    }

    private static ListItem fact(String label, String value) {
        ListItem item = new ListItem();
        Span l = new Span(label + ": ");
        l.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        item.add(l, new Span(value == null ? "" : value));
        return item;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    void recordChecks() {
        List<String> problems = new ArrayList<>();
        if (ourKnown.getValue() == null) {
            problems.add("Say whether the child or family is known to your agency.");
        }
        if (ourInformation.getValue() == null || ourInformation.getValue().isBlank()) {
            problems.add("Say what your checks found (write 'Nothing held' if nothing).");
        }
        if (!problems.isEmpty()) {
            checksErrors.show(problems);
            return;
        }
        if (send(new RecordAgencyContributionCommand(referralId, ourKnown.getValue(), ourInformation.getValue(),
                shownVersion()), checksErrors)) {
            ourKnown.clear();
            ourInformation.clear();
            success("Your agency's checks were recorded.");
        }
    }

    void recordDecision() {
        List<String> problems = new ArrayList<>();
        decisionForm.check(details == null ? null : details.type(), problems);
        if (!problems.isEmpty()) {
            decisionErrors.show(problems.stream().distinct().toList());
            return;
        }
        if (send(new RecordScreeningDecisionCommand(referralId, decisionId, decisionForm.decision(), shownVersion()),
                decisionErrors)) {
            decisionId = UUID.randomUUID().toString();
            success("The decision was recorded.");
        }
    }

    void reviseDecision() {
        List<String> problems = new ArrayList<>();
        if (revisionReason.getValue() == null || revisionReason.getValue().isBlank()) {
            problems.add("Give the reason for revising the decision.");
        }
        revisionForm.check(details == null ? null : details.type(), problems);
        if (!problems.isEmpty()) {
            revisionErrors.show(problems.stream().distinct().toList());
            return;
        }
        if (send(new ReviseScreeningDecisionCommand(referralId, UUID.randomUUID().toString(),
                revisionForm.decision(), revisionReason.getValue(), revisionVersion), revisionErrors)) {
            reviseSection.remove(revisionForm);
            reviseSection.removeAll();
            revisionForm = null;
            revisionReason.clear();
            reviseSection.setOpened(false);
            success("The revised decision was recorded.");
        }
    }

    void withdraw() {
        if (withdrawReason.getValue() == null || withdrawReason.getValue().isBlank()) {
            withdrawErrors.show(List.of("Give the reason for withdrawing the referral."));
            return;
        }
        if (send(new WithdrawReferralCommand(referralId, withdrawReason.getValue(), shownVersion()), withdrawErrors)) {
            success("The referral was withdrawn.");
        }
    }

    private boolean send(Object command, ProblemList errors) {
        try {
            commandGateway.sendAndWait(command, 20, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            if (UserMessages.changedMeanwhile(e)) {
                Button reload = new Button("Reload the referral", click -> reload());
                reload.setId(errors.getId().orElse("errors") + "-reload");
                errors.show(UserMessages.problems(e), reload);
            } else {
                errors.show(UserMessages.problems(e));
            }
            return false;
        }
        errors.clear();
        return true;
    }

    /** The referral's version as this screen shows it, sent with each edit (decision 0022). */
    private Long shownVersion() {
        return details == null ? null : details.version();
    }

    /**
     * Shows the referral as it stands now, after an edit was refused because it changed meanwhile:
     * the revision form starts again from the decision now in force (its reason is kept).
     */
    void reload() {
        ReferralDetails fresh;
        try {
            fresh = queryGateway.query(new FindReferralDetailsQuery(referralId),
                    ResponseTypes.instanceOf(ReferralDetails.class)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Notification.show("The referral could not be loaded just now. Please reload the page.")
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        reviseSection.removeAll();
        revisionForm = null;
        for (ProblemList errors : List.of(checksErrors, decisionErrors, revisionErrors, withdrawErrors)) {
            errors.clear();
        }
        showDetails(fresh);
    }

    private static void success(String message) {
        Notification done = Notification.show(message);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
