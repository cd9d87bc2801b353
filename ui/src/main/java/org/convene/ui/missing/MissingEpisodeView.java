package org.convene.ui.missing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.OfferReturnInterviewCommand;
import org.convene.coordination.missing.api.ReassessMissingRiskCommand;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.RecordReturnInterviewOutcomeCommand;
import org.convene.coordination.missing.api.RecordTextSafeConsentCommand;
import org.convene.coordination.missing.api.RecordTextSafeMessageSentCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.coordination.shared.api.TextRules;
import org.convene.infra.security.ConveneUser;
import org.convene.query.missing.api.FindMissingEpisodeQuery;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.query.missing.api.RiskChange;
import org.convene.ui.MainLayout;
import org.convene.ui.chronology.ChildChronologyView;
import org.convene.ui.shared.PurposePrompt;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
 * One missing episode: what the police reported, the risk over time, TextSafe, the return and the
 * return interview, with the actions that fit where the episode is and who the user is. Live:
 * what others record appears without a reload.
 */
@Route(value = "missing/:episodeId", layout = MainLayout.class)
@PageTitle("Missing episode | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER})
public class MissingEpisodeView extends Main implements BeforeEnterObserver {

    public static final String EPISODE_ID = "episodeId";
    /** A few things the interviewer is asked to look for; others can be typed in. */
    static final List<String> EXPLOITATION_INDICATORS = List.of("Unexplained money, phones or gifts",
            "Older boyfriend, girlfriend or 'friends'", "Travelled out of the area", "Drugs or alcohol",
            "Carrying or dealing drugs (county lines)", "Contact with adults known to police",
            "Online contact with strangers", "Injuries not explained");

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final ConveneUser user;

    final H1 title = new H1("Missing episode");
    final Paragraph status = new Paragraph();
    final HorizontalLayout links = new HorizontalLayout();
    final DescriptionList details = new DescriptionList();
    final Grid<RiskChange> riskHistory = new Grid<>(RiskChange.class, false);
    final DescriptionList returnDetails = new DescriptionList();
    final DescriptionList interviewDetails = new DescriptionList();
    final Section returnSection;
    final Section interviewSection;

    final Section reassessForm = new Section();
    final Select<MissingRiskLevel> newRisk = new Select<>();
    final TextArea reassessReason = new TextArea("Reason for the reassessment");
    final Button reassess = new Button("Record new risk level");
    final ProblemList reassessErrors = new ProblemList("reassess-errors");

    final Section textSafeForm = new Section();
    final TextField consentBy = new TextField("Consent given by");
    final TextField consentRelationship = new TextField("Their relationship to the child");
    final Button recordConsent = new Button("Record consent");
    final DateTimePicker textSentAt = new DateTimePicker("Text sent");
    final Button recordTextSent = new Button("Record text sent");
    final Paragraph textSafeStatus = new Paragraph();
    final ProblemList textSafeErrors = new ProblemList("textsafe-errors");

    final Section returnForm = new Section();
    final DateTimePicker returnedAt = new DateTimePicker("Found or returned");
    final TextField whereFound = new TextField("Where found");
    final TextField foundBy = new TextField("Found by or returned to");
    final TextArea harm = new TextArea("Any harm or injury");
    final Button recordReturn = new Button("Record found or returned");
    final ProblemList returnErrors = new ProblemList("return-errors");

    final Section offerForm = new Section();
    final TextField provider = new TextField("Independent provider");
    final DateTimePicker offeredAt = new DateTimePicker("Offered");
    final Button recordOffer = new Button("Record interview offered");
    final ProblemList offerErrors = new ProblemList("offer-errors");

    final Section outcomeForm = new Section();
    final RadioButtonGroup<InterviewOutcome> outcome = new RadioButtonGroup<>();
    final DateTimePicker happenedAt = new DateTimePicker("When");
    final Div findingsFields = new Div();
    final TextArea pushFactors = new TextArea("Why the child went: push factors");
    final TextArea pullFactors = new TextArea("What drew the child away: pull factors");
    final TextArea whereabouts = new TextArea("Where the child was");
    final MultiSelectComboBox<String> indicators = new MultiSelectComboBox<>("Exploitation indicators");
    final TextArea disclosures = new TextArea("Disclosures");
    final TextArea onwardReferrals = new TextArea("Onward referrals (one a line)");
    final TextField notPossibleReason = new TextField("Why was the interview not possible?");
    final Button recordOutcome = new Button("Record interview outcome");
    final ProblemList outcomeErrors = new ProblemList("outcome-errors");

    private String episodeId;
    MissingEpisodeDetails episode;
    private SubscriptionQueryResult<MissingEpisodeDetails, MissingEpisodeDetails> subscription;
    private Disposable updates;

    public MissingEpisodeView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.user = currentUser.get().orElse(null);
        addClassNames(LumoUtility.Padding.MEDIUM);
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.Bottom.SMALL);
        title.setId("episode-title");
        status.setId("episode-status");
        status.getElement().setAttribute("aria-live", "polite");
        links.setId("episode-links");
        details.setId("episode-details");

        riskHistory.setId("risk-history");
        riskHistory.setAriaLabel("Police risk level over time");
        riskHistory.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        riskHistory.addColumn(r -> Formats.dateTime(r.recordedAt())).setHeader("Recorded").setAutoWidth(true)
                .setFlexGrow(0);
        riskHistory.addColumn(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                r -> MissingLabels.riskBadge(r.riskLevel()))).setHeader("Risk level").setAutoWidth(true)
                .setFlexGrow(0);
        riskHistory.addColumn(r -> MissingLabels.orDash(r.reason())).setHeader("Reason").setFlexGrow(3);
        riskHistory.addColumn(r -> MissingLabels.orDash(r.recordedByUser())).setHeader("By").setAutoWidth(true);
        riskHistory.setAllRowsVisible(true);

        returnDetails.setId("return-details");
        interviewDetails.setId("interview-details");
        returnSection = section("Found or returned", "return-heading", returnDetails);
        interviewSection = section("Return interview", "interview-heading", interviewDetails);

        buildReassess();
        buildTextSafe();
        buildReturn();
        buildOffer();
        buildOutcome();

        add(title, status, links, section("What the police reported", "details-heading", details),
                section("Risk over time", "risk-heading", riskHistory), reassessForm, textSafeForm, returnForm,
                returnSection, interviewSection, offerForm, outcomeForm);
        show(null);
    }

    private static Section section(String heading, String id, Component... content) {
        Section s = new Section(heading(heading, id));
        s.add(content);
        s.getElement().setAttribute("aria-labelledby", id);
        return s;
    }

    private static H2 heading(String text, String id) {
        H2 h = new H2(text);
        h.setId(id);
        h.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        return h;
    }

    private static void form(Section s, String heading, String id, Component... content) {
        s.setId(id);
        s.getElement().setAttribute("aria-labelledby", id + "-heading");
        s.add(heading(heading, id + "-heading"));
        s.add(content);
    }

    private static DateTimePicker ukPicker(DateTimePicker picker, String id) {
        picker.setLocale(Locale.UK);
        picker.setId(id);
        return picker;
    }

    private static LocalDateTime nowUk() {
        return LocalDateTime.now(Formats.UK).truncatedTo(ChronoUnit.MINUTES);
    }

    private static Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(Formats.UK).toInstant();
    }

    private boolean hasAnyRole(String... roles) {
        return user != null && Arrays.stream(roles).anyMatch(user::hasRole);
    }

    private void buildReassess() {
        newRisk.setLabel("New police risk level");
        newRisk.setItems(MissingRiskLevel.values());
        newRisk.setItemLabelGenerator(MissingRiskLevel::label);
        newRisk.setId("new-risk");
        reassessReason.setMaxLength(2000);
        reassessReason.setWidthFull();
        reassessReason.setId("reassess-reason");
        reassess.setId("reassess");
        reassess.addClickListener(e -> send(reassessErrors, new ReassessMissingRiskCommand(episodeId,
                newRisk.getValue(), reassessReason.getValue(), episode == null ? null : episode.version()),
                "The new risk level is recorded.",
                d -> d.riskHistory() != null && episode != null && episode.riskHistory() != null
                        && d.riskHistory().size() > episode.riskHistory().size(), () -> {
                    newRisk.clear();
                    reassessReason.clear();
                }));
        form(reassessForm, "Reassess the risk", "reassess-form", reassessErrors, new FormLayout(newRisk),
                reassessReason, reassess);
    }

    private void buildTextSafe() {
        consentBy.setMaxLength(TextRules.MAX_NAME_LENGTH);
        consentBy.setId("consent-by");
        consentRelationship.setMaxLength(100);
        consentRelationship.setHelperText("Parent or carer, for example mother or foster carer");
        consentRelationship.setId("consent-relationship");
        recordConsent.setId("record-consent");
        recordConsent.addClickListener(e -> send(textSafeErrors, new RecordTextSafeConsentCommand(episodeId,
                consentBy.getValue(), consentRelationship.getValue()), "Consent to a TextSafe message is recorded.",
                d -> d.textSafeConsentBy() != null, null));
        ukPicker(textSentAt, "text-sent-at");
        recordTextSent.setId("record-text-sent");
        recordTextSent.addClickListener(e -> send(textSafeErrors, new RecordTextSafeMessageSentCommand(episodeId,
                instant(textSentAt)), "The TextSafe message is recorded as sent.",
                d -> d.textSafeSentAt() != null, null));
        textSafeStatus.setId("textsafe-status");
        Paragraph about = new Paragraph("With a parent's or carer's consent, a charity can send a supportive "
                + "text message to the child's phone.");
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        form(textSafeForm, "TextSafe", "textsafe-form", about, textSafeStatus, textSafeErrors,
                new FormLayout(consentBy, consentRelationship), recordConsent, new FormLayout(textSentAt),
                recordTextSent);
    }

    private void buildReturn() {
        ukPicker(returnedAt, "returned-at");
        whereFound.setMaxLength(500);
        whereFound.setId("where-found");
        foundBy.setMaxLength(200);
        foundBy.setHelperText("For example: police, returned home by themselves");
        foundBy.setId("found-by");
        harm.setMaxLength(2000);
        harm.setWidthFull();
        harm.setHelperText("Leave empty if none");
        harm.setId("harm");
        recordReturn.setId("record-return");
        recordReturn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordReturn.addClickListener(e -> send(returnErrors, new RecordChildReturnedCommand(episodeId,
                instant(returnedAt), blankToNull(whereFound.getValue()), blankToNull(foundBy.getValue()),
                blankToNull(harm.getValue())), "The child is recorded as found or returned. The return interview "
                + "is due within 72 hours.", d -> d.returnedAt() != null, null));
        form(returnForm, "Record the child found or returned", "return-form", returnErrors,
                new FormLayout(returnedAt, whereFound, foundBy), harm, recordReturn);
    }

    private void buildOffer() {
        provider.setMaxLength(200);
        provider.setHelperText("Someone not involved in the child's care");
        provider.setId("interview-provider");
        ukPicker(offeredAt, "offered-at");
        recordOffer.setId("record-offer");
        recordOffer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordOffer.addClickListener(e -> send(offerErrors, new OfferReturnInterviewCommand(episodeId,
                provider.getValue(), instant(offeredAt)), "The return interview offer is recorded.",
                d -> d.interviewProvider() != null, null));
        form(offerForm, "Offer a return interview", "offer-form", offerErrors, new FormLayout(provider, offeredAt),
                recordOffer);
    }

    private void buildOutcome() {
        outcome.setLabel("Outcome");
        outcome.setItems(InterviewOutcome.values());
        outcome.setItemLabelGenerator(InterviewOutcome::label);
        outcome.setId("interview-outcome");
        outcome.addValueChangeListener(e -> {
            findingsFields.setVisible(e.getValue() == InterviewOutcome.COMPLETED);
            notPossibleReason.setVisible(e.getValue() == InterviewOutcome.NOT_POSSIBLE);
        });
        ukPicker(happenedAt, "interview-at");
        for (TextArea area : List.of(pushFactors, pullFactors, whereabouts, disclosures, onwardReferrals)) {
            area.setMaxLength(TextRules.MAX_NARRATIVE_LENGTH);
            area.setWidthFull();
        }
        pushFactors.setId("push-factors");
        pullFactors.setId("pull-factors");
        whereabouts.setId("whereabouts");
        disclosures.setId("disclosures");
        onwardReferrals.setId("onward-referrals");
        indicators.setItems(EXPLOITATION_INDICATORS);
        indicators.setAllowCustomValue(true);
        indicators.addCustomValueSetListener(e -> {
            String value = e.getDetail() == null ? "" : e.getDetail().strip();
            if (!value.isEmpty()) {
                java.util.Set<String> selected = new java.util.LinkedHashSet<>(indicators.getSelectedItems());
                java.util.Set<String> items = new java.util.LinkedHashSet<>(EXPLOITATION_INDICATORS);
                items.addAll(selected);
                items.add(value);
                selected.add(value);
                indicators.setItems(items);
                indicators.select(selected);
            }
        });
        indicators.setHelperText("Choose any seen, or type another and press Enter");
        indicators.setWidthFull();
        indicators.setId("exploitation-indicators");
        findingsFields.setId("findings-fields");
        findingsFields.add(pushFactors, pullFactors, whereabouts, indicators, disclosures, onwardReferrals);
        findingsFields.setVisible(false);
        notPossibleReason.setMaxLength(2000);
        notPossibleReason.setWidthFull();
        notPossibleReason.setId("not-possible-reason");
        notPossibleReason.setVisible(false);
        recordOutcome.setId("record-outcome");
        recordOutcome.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordOutcome.addClickListener(e -> recordOutcome());
        form(outcomeForm, "Record the return interview outcome", "outcome-form", outcomeErrors, outcome,
                new FormLayout(happenedAt), findingsFields, notPossibleReason, recordOutcome);
    }

    void recordOutcome() {
        InterviewOutcome chosen = outcome.getValue();
        InterviewFindings findings = chosen != InterviewOutcome.COMPLETED ? null : new InterviewFindings(
                blankToNull(pushFactors.getValue()), blankToNull(pullFactors.getValue()),
                blankToNull(whereabouts.getValue()), List.copyOf(indicators.getSelectedItems()),
                blankToNull(disclosures.getValue()), lines(onwardReferrals.getValue()));
        send(outcomeErrors, new RecordReturnInterviewOutcomeCommand(episodeId, chosen, instant(happenedAt), findings,
                chosen == InterviewOutcome.NOT_POSSIBLE ? blankToNull(notPossibleReason.getValue()) : null),
                "The return interview outcome is recorded.", d -> d.interviewOutcome() != null, null);
    }

    /**
     * Sends a command, shows every problem it was refused for, or reloads the episode until the
     * read side shows it (the projection follows the event store within moments).
     */
    private void send(ProblemList errors, Object command, String done, Predicate<MissingEpisodeDetails> shown,
                      Runnable clear) {
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            if (UserMessages.changedMeanwhile(e)) {
                Button reload = new Button("Reload the episode", click -> {
                    errors.clear();
                    MissingEpisodeDetails fresh = load();
                    if (fresh != null) {
                        show(fresh);
                    }
                });
                reload.setId(errors.getId().orElse("errors") + "-reload");
                errors.show(UserMessages.problems(e), reload);
            } else {
                errors.show(UserMessages.problems(e));
            }
            return;
        }
        errors.clear();
        if (clear != null) {
            clear.run();
        }
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        MissingEpisodeDetails latest = load();
        while ((latest == null || !shown.test(latest)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            latest = load();
        }
        if (latest != null) {
            show(latest);
        }
    }

    private MissingEpisodeDetails load() {
        try {
            return queryGateway.query(new FindMissingEpisodeQuery(episodeId),
                    ResponseTypes.instanceOf(MissingEpisodeDetails.class)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        episodeId = event.getRouteParameters().get(EPISODE_ID).orElse("");
        MissingEpisodeDetails found = load();
        if (found == null) {
            title.setText("Missing episode not found");
            status.setText("There is no missing episode at this address, or it could not be loaded just now.");
        }
        show(found);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (episodeId == null || episodeId.isEmpty()) {
            return;
        }
        UI ui = attachEvent.getUI();
        try {
            subscription = queryGateway.subscriptionQuery(new FindMissingEpisodeQuery(episodeId),
                    ResponseTypes.instanceOf(MissingEpisodeDetails.class),
                    ResponseTypes.instanceOf(MissingEpisodeDetails.class));
            updates = subscription.updates().subscribe(update -> ui.access(() -> {
                if (update != null && episodeId.equals(update.episodeId())) {
                    show(update);
                }
            }));
        } catch (RuntimeException e) {
            // live updates are a convenience: the page still refreshes after each command
        }
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

    void show(MissingEpisodeDetails d) {
        episode = d;
        boolean known = d != null;
        boolean missing = known && d.returnedAt() == null;
        boolean returned = known && d.returnedAt() != null;
        boolean outcomeRecorded = known && d.interviewOutcome() != null;
        boolean offered = known && d.interviewProvider() != null;
        for (Component c : List.of(details, riskHistory, returnSection, interviewSection)) {
            c.setVisible(known);
        }
        if (!known) {
            for (Component c : List.of(reassessForm, textSafeForm, returnForm, offerForm, outcomeForm)) {
                c.setVisible(false);
            }
            return;
        }
        Instant now = Instant.now();
        String name = d.childName() == null ? "Child" : d.childName();
        title.setText("Missing episode: " + name);
        if (missing) {
            status.setText("Missing for " + MissingLabels.duration(d.lastSeenAt(), now) + ", "
                    + MissingLabels.risk(d.riskLevel()).toLowerCase(Locale.UK) + ".");
        } else if (!outcomeRecorded) {
            status.setText("Returned " + Formats.dateTime(d.returnedAt()) + ". Return interview due by "
                    + Formats.dateTime(d.interviewDueBy()) + ": "
                    + MissingLabels.timeLeft(d.interviewDueBy(), d.interviewOverdue(), now).toLowerCase(Locale.UK)
                    + ".");
        } else {
            status.setText("Returned " + Formats.dateTime(d.returnedAt()) + ". Return interview: "
                    + d.interviewOutcome().label().toLowerCase(Locale.UK) + ".");
        }

        links.removeAll();
        if (d.childId() != null) {
            RouterLink history = new RouterLink("All missing episodes of " + name, ChildMissingHistoryView.class,
                    new RouteParameters(ChildMissingHistoryView.CHILD_ID, d.childId()));
            history.setQueryParameters(PurposePrompt.parameters(AccessPurpose.MISSING));
            links.add(history);
            if (hasAnyRole(Roles.SCREENER, Roles.MEETING_CHAIR, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
                    Roles.ADMINISTRATOR)) {
                RouterLink chronology = new RouterLink("Chronology of " + name, ChildChronologyView.class,
                        new RouteParameters(ChildChronologyView.CHILD_ID, d.childId()));
                chronology.setQueryParameters(PurposePrompt.parameters(AccessPurpose.MISSING));
                links.add(chronology);
            }
        }

        details.removeAll();
        item(details, "Missing from", MissingLabels.from(d.missingFrom(), d.careAbsenceType()));
        item(details, "Last seen", Formats.dateTime(d.lastSeenAt()));
        item(details, "Last known location", d.lastKnownLocation());
        item(details, "Police reference", d.policeReference());
        details.add(new DescriptionList.Term("Police risk level"),
                new DescriptionList.Description(MissingLabels.riskBadge(d.riskLevel())));
        item(details, "Reported missing by", d.reportedBy());
        item(details, "Circumstances", d.circumstances());
        item(details, "TextSafe", textSafe(d));
        item(details, "Recorded", Formats.dateTime(d.recordedAt()) + (d.recordedByUser() == null ? ""
                : " by " + d.recordedByUser()));
        riskHistory.setItems(d.riskHistory() == null ? List.of() : d.riskHistory());

        returnSection.setVisible(returned);
        returnDetails.removeAll();
        if (returned) {
            item(returnDetails, "Found or returned", Formats.dateTime(d.returnedAt()));
            item(returnDetails, "Missing for", MissingLabels.duration(d.lastSeenAt(), d.returnedAt()));
            item(returnDetails, "Where found", d.whereFound());
            item(returnDetails, "Found by or returned to", d.foundBy());
            item(returnDetails, "Harm or injury", d.harmOrInjury() == null ? "None recorded" : d.harmOrInjury());
        }
        interviewSection.setVisible(returned);
        interviewDetails.removeAll();
        if (returned) {
            item(interviewDetails, "Due by", Formats.dateTime(d.interviewDueBy()) + (outcomeRecorded ? ""
                    : " (" + MissingLabels.timeLeft(d.interviewDueBy(), d.interviewOverdue(), now) + ")"));
            item(interviewDetails, "Offered", offered ? "Yes, by " + d.interviewProvider()
                    + (d.interviewOfferedAt() == null ? "" : ", " + Formats.dateTime(d.interviewOfferedAt())) : "No");
            if (outcomeRecorded) {
                item(interviewDetails, "Outcome", d.interviewOutcome().label() + ", "
                        + Formats.dateTime(d.interviewAt()) + (Boolean.TRUE.equals(d.interviewWithinDeadline())
                        ? " (within 72 hours)" : Boolean.FALSE.equals(d.interviewWithinDeadline())
                        ? " (after the 72 hours)" : ""));
                item(interviewDetails, "Why not possible", d.notPossibleReason());
                InterviewFindings f = d.findings();
                if (f != null) {
                    item(interviewDetails, "Push factors", f.pushFactors());
                    item(interviewDetails, "Pull factors", f.pullFactors());
                    item(interviewDetails, "Where the child was", f.whereabouts());
                    item(interviewDetails, "Exploitation indicators", join(f.exploitationIndicators()));
                    item(interviewDetails, "Disclosures", f.disclosures());
                    item(interviewDetails, "Onward referrals", join(f.onwardReferrals()));
                }
            }
        }

        boolean coordinator = hasAnyRole(Roles.SCREENER, Roles.MEETING_CHAIR);
        reassessForm.setVisible(missing && coordinator);
        returnForm.setVisible(missing && coordinator);
        if (returnForm.isVisible() && returnedAt.isEmpty()) {
            returnedAt.setValue(nowUk());
        }
        boolean consent = d.textSafeConsentBy() != null;
        boolean sent = d.textSafeSentAt() != null;
        textSafeForm.setVisible(missing && !sent && hasAnyRole(Roles.SCREENER, Roles.MEETING_CHAIR,
                Roles.RETURN_INTERVIEW_WORKER));
        consentBy.setVisible(!consent);
        consentRelationship.setVisible(!consent);
        recordConsent.setVisible(!consent);
        textSentAt.setVisible(consent);
        recordTextSent.setVisible(consent);
        if (consent && textSentAt.isEmpty()) {
            textSentAt.setValue(nowUk());
        }
        textSafeStatus.setText(consent ? "Consent given by " + d.textSafeConsentBy() + ". Record when the text "
                + "was sent." : "No consent recorded yet: a text can only be sent with consent.");
        offerForm.setVisible(returned && !offered && !outcomeRecorded && hasAnyRole(Roles.RETURN_INTERVIEW_WORKER,
                Roles.SCREENER, Roles.MEETING_CHAIR));
        if (offerForm.isVisible() && offeredAt.isEmpty()) {
            offeredAt.setValue(nowUk());
        }
        outcomeForm.setVisible(returned && !outcomeRecorded && hasAnyRole(Roles.RETURN_INTERVIEW_WORKER,
                Roles.MEETING_CHAIR));
        if (outcomeForm.isVisible() && happenedAt.isEmpty()) {
            happenedAt.setValue(nowUk());
        }
    }

    private static String textSafe(MissingEpisodeDetails d) {
        if (d.textSafeSentAt() != null) {
            return "Text sent " + Formats.dateTime(d.textSafeSentAt()) + " (consent: " + d.textSafeConsentBy() + ")";
        }
        if (d.textSafeConsentBy() != null) {
            return "Consent given by " + d.textSafeConsentBy() + "; no text sent yet";
        }
        return "No consent recorded";
    }

    private static void item(DescriptionList list, String term, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("; ", values);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String episodeId() {
        return Objects.requireNonNullElse(episodeId, "");
    }
}
