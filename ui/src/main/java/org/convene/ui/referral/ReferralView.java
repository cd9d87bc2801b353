package org.convene.ui.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReviseScreeningDecisionCommand;
import org.convene.coordination.referral.api.WithdrawReferralCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.query.referral.api.ChildRef;
import org.convene.query.referral.api.ContributionView;
import org.convene.query.referral.api.FindReferralDetailsQuery;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.convene.ui.MainLayout;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Commands;
import org.convene.ui.shared.EventForm;
import org.convene.ui.shared.LiveRecord;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.RecordView;
import org.convene.ui.shared.Sections;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One referral as the meeting works on it: the intake, each agency's checks side by side, the
 * user's own agency's checks, the chair's decision (and its revisions), the actions. Live: what
 * anyone records appears without a reload. The forms fire what was entered; this view sends the
 * commands, each with the referral's version as the screen shows it (decision 0022).
 */
@Route(value = "referrals/:referralId", layout = MainLayout.class)
@PageTitle("Referral | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.ADMINISTRATOR})
public class ReferralView extends RecordView {

    public static final String REFERRAL_ID = "referralId";

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final Map<String, String> agencyNames;
    private final ConveneUser user;

    final Span status = new Span();
    final ReferralIntake intake;
    final ReferralChildren children = new ReferralChildren();
    final AgencyChecks contributions;
    final OurChecksForm ourChecks;
    final RecordDecisionForm decisionForm;
    final DecisionHistory history;
    final Details reviseSection = new Details("Revise decision");
    final RevisionForm revisionForm;
    final ReferralActions actions;
    final Section actionsSection;
    final Details withdrawSection = new Details("Withdraw referral");
    final WithdrawForm withdrawForm = new WithdrawForm();
    private final List<Section> shownWhenFound;

    private String referralId;
    private final LiveRecord<ReferralDetails> read;
    private ReferralDetails details;
    private String decisionId = UUID.randomUUID().toString();

    public ReferralView(QueryGateway queryGateway, CommandGateway commandGateway, AgencyNames agencies,
                        CurrentUser currentUser) {
        super(REFERRAL_ID, "Referral", "referral-title");
        this.queryGateway = queryGateway;
        this.read = new LiveRecord<>(queryGateway, ReferralDetails.class, this::showDetails, () -> showDetails(null));
        this.commandGateway = commandGateway;
        this.agencyNames = agencies.all();
        this.user = currentUser.get().orElse(null);
        Pages.record(this, title);
        status.setId("referral-status");

        intake = new ReferralIntake(agencyNames);
        contributions = new AgencyChecks(agencyNames);
        ourChecks = new OurChecksForm(user == null ? "our agency" : AgencyNames.name(agencyNames, user.agencyId()));
        decisionForm = new RecordDecisionForm(agencyNames);
        history = new DecisionHistory(agencyNames);
        revisionForm = new RevisionForm(agencyNames);
        actions = new ReferralActions(agencyNames);
        actionsSection = Sections.of("Actions", "actions-heading", actions);
        reviseSection.setId("revise-section");
        reviseSection.add(revisionForm);
        withdrawSection.setId("withdraw-section");
        withdrawSection.add(withdrawForm);
        shownWhenFound = List.of(Sections.of("Children", "children-heading", children),
                Sections.of("Agency checks", "contributions-heading", contributions),
                Sections.of("Decision", "history-heading", history));

        ourChecks.addSaveListener(e -> {
            if (send(ourChecks, new RecordAgencyContributionCommand(referralId, e.value().known(),
                    e.value().information(), shownVersion()))) {
                UserMessages.done("Your agency's checks were recorded.");
            }
        });
        decisionForm.addSaveListener(e -> {
            if (send(decisionForm, new RecordScreeningDecisionCommand(referralId, decisionId, e.value(),
                    shownVersion()))) {
                decisionId = UUID.randomUUID().toString();
                UserMessages.done("The decision was recorded.");
            }
        });
        revisionForm.addSaveListener(e -> {
            if (send(revisionForm, new ReviseScreeningDecisionCommand(referralId, UUID.randomUUID().toString(),
                    e.value().decision(), e.value().reason(), revisionForm.version()))) {
                reviseSection.setOpened(false);
                UserMessages.done("The revised decision was recorded.");
            }
        });
        withdrawForm.addSaveListener(e -> {
            if (send(withdrawForm, new WithdrawReferralCommand(referralId, e.value().reason(), shownVersion()))) {
                UserMessages.done("The referral was withdrawn.");
            }
        });

        add(title, status, intake, shownWhenFound.get(0), shownWhenFound.get(1), ourChecks, decisionForm,
                shownWhenFound.get(2), reviseSection, actionsSection, withdrawSection);
        showDetails(null);
    }

    @Override
    protected void enter(String id, BeforeEnterEvent event) {
        referralId = id;
        read.bind(this, new FindReferralDetailsQuery(referralId));
    }

    private boolean hasRole(String role) {
        return user != null && user.hasRole(role);
    }

    /** Shows the referral as it stands; forms keep what the user has typed. */
    void showDetails(ReferralDetails d) {
        this.details = d;
        boolean found = d != null;
        for (Component c : List.of(ourChecks, decisionForm, reviseSection, actionsSection, withdrawSection)) {
            c.setVisible(false);
        }
        shownWhenFound.forEach(s -> s.setVisible(found));
        if (!found) {
            title.setText("Referral");
            status.setText("");
            intake.showNotFound(referralId != null);
            return;
        }
        List<ChildRef> kids = d.children() == null ? List.of() : d.children();
        title.setText("Referral: " + (kids.isEmpty() ? "no child named"
                : String.join(", ", kids.stream().map(ChildRef::fullName).toList())));
        status.setText(d.status().label());
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(d.status() == ReferralStatus.AWAITING_SCREENING ? "badge"
                : d.status() == ReferralStatus.DECIDED ? "badge success" : "badge contrast");
        List<ContributionView> checks = d.contributions() == null ? List.of() : d.contributions();
        intake.show(d);
        children.show(kids);
        contributions.show(checks);
        history.show(d);
        actions.setItems(d.actions() == null ? List.of() : d.actions());
        actionsSection.setVisible(d.actions() != null && !d.actions().isEmpty());
        showForms(d, checks);
    }

    /** The forms that fit where the referral is and who the user is. */
    private void showForms(ReferralDetails d, List<ContributionView> checks) {
        boolean awaiting = d.status() == ReferralStatus.AWAITING_SCREENING;
        boolean screener = hasRole(Roles.SCREENER) || hasRole(Roles.MEETING_CHAIR);
        ourChecks.setVisible(screener && d.status() != ReferralStatus.WITHDRAWN);
        ourChecks.showContributed(user != null && checks.stream().anyMatch(c -> c.agencyId().equals(user.agencyId())));
        decisionForm.setVisible(hasRole(Roles.MEETING_CHAIR) && awaiting);
        decisionForm.setReferralType(d.type());
        decisionForm.preselectAgencies(checks.stream().map(ContributionView::agencyId)
                .filter(agencyNames::containsKey).toList());
        if (hasRole(Roles.MEETING_CHAIR) && d.status() == ReferralStatus.DECIDED && d.decisions() != null
                && !d.decisions().isEmpty()) {
            if (!revisionForm.started()) {
                revisionForm.startFrom(d.decisions().get(d.decisions().size() - 1).decision(), d.type(), d.version());
            }
            reviseSection.setVisible(true);
        }
        withdrawSection.setVisible(screener && awaiting);
    }

    private boolean send(EventForm<?> form, Object command) {
        return Commands.send(commandGateway, command, form, "Reload the referral", this::reload);
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
        revisionForm.discard();
        for (EventForm<?> form : List.of(ourChecks, decisionForm, revisionForm, withdrawForm)) {
            form.errors.clear();
        }
        showDetails(fresh);
    }
}
