package org.convene.ui.missing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.missing.api.OfferReturnInterviewCommand;
import org.convene.coordination.missing.api.ReassessMissingRiskCommand;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.coordination.missing.api.RecordReturnInterviewOutcomeCommand;
import org.convene.coordination.missing.api.RecordTextSafeConsentCommand;
import org.convene.coordination.missing.api.RecordTextSafeMessageSentCommand;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.security.ConveneUser;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.missing.api.FindMissingEpisodeQuery;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.ui.MainLayout;
import org.convene.ui.chronology.ChildChronologyView;
import org.convene.ui.security.CurrentUser;
import org.convene.ui.shared.Commands;
import org.convene.ui.shared.EventForm;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.LiveRecord;
import org.convene.ui.shared.Pages;
import org.convene.ui.shared.PurposePrompt;
import org.convene.ui.shared.RecordView;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One missing episode: what the police reported, the risk over time, TextSafe, the return and the
 * return interview, with the forms that fit where the episode is and who the user is. Live: what
 * anyone records (this user included) appears as the read side has it, without a reload.
 */
@Route(value = "missing/:episodeId", layout = MainLayout.class)
@PageTitle("Missing episode | Convene")
@RolesAllowed({Roles.SCREENER, Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER})
public class MissingEpisodeView extends RecordView {

    public static final String EPISODE_ID = "episodeId";

    private final CommandGateway commandGateway;
    private final ConveneUser user;

    final Paragraph status = new Paragraph();
    final HorizontalLayout links = new HorizontalLayout();
    final EpisodeReport report = new EpisodeReport();
    final EpisodeReturn afterReturn = new EpisodeReturn();
    final RiskReassessmentForm reassessForm = new RiskReassessmentForm();
    final TextSafeForm textSafeForm = new TextSafeForm();
    final ReturnForm returnForm = new ReturnForm();
    final InterviewOfferForm offerForm = new InterviewOfferForm();
    final InterviewOutcomeForm outcomeForm = new InterviewOutcomeForm();

    private String episodeId = "";
    private final LiveRecord<MissingEpisodeDetails> read;
    MissingEpisodeDetails episode;

    public MissingEpisodeView(QueryGateway queryGateway, CommandGateway commandGateway, CurrentUser currentUser) {
        super(EPISODE_ID, "Missing episode", "episode-title");
        this.read = new LiveRecord<>(queryGateway, MissingEpisodeDetails.class, this::showFound, () -> showFound(null));
        this.commandGateway = commandGateway;
        this.user = currentUser.get().orElse(null);
        Pages.record(this, title);
        status.setId("episode-status");
        status.getElement().setAttribute("aria-live", "polite");
        links.setId("episode-links");

        reassessForm.addSaveListener(e -> send(reassessForm, new ReassessMissingRiskCommand(episodeId,
                e.value().riskLevel(), e.value().reason(), episode == null ? null : episode.version()),
                "The new risk level is recorded."));
        textSafeForm.addSaveListener(e -> {
            if (textSafeForm.consentRecorded()) {
                send(textSafeForm, new RecordTextSafeMessageSentCommand(episodeId, Formats.instant(e.value().sentAt())),
                        "The TextSafe message is recorded as sent.");
            } else {
                send(textSafeForm, new RecordTextSafeConsentCommand(episodeId, e.value().consentBy(),
                        e.value().relationship()), "Consent to a TextSafe message is recorded.");
            }
        });
        returnForm.addSaveListener(e -> send(returnForm, new RecordChildReturnedCommand(episodeId,
                Formats.instant(e.value().returnedAt()), Formats.blankToNull(e.value().whereFound()),
                Formats.blankToNull(e.value().foundBy()), Formats.blankToNull(e.value().harm())),
                "The child is recorded as found or returned. The return interview is due within 72 hours."));
        offerForm.addSaveListener(e -> send(offerForm, new OfferReturnInterviewCommand(episodeId,
                e.value().provider(), Formats.instant(e.value().offeredAt())), "The return interview offer is recorded."));
        outcomeForm.addSaveListener(e -> send(outcomeForm, new RecordReturnInterviewOutcomeCommand(episodeId,
                e.value().outcome(), Formats.instant(e.value().happenedAt()), e.value().findings(),
                e.value().reasonNotPossible()), "The return interview outcome is recorded."));

        add(title, status, links, report, reassessForm, textSafeForm, returnForm, afterReturn.returnSection,
                afterReturn.interviewSection, offerForm, outcomeForm);
        show(null);
    }

    @Override
    protected void enter(String id, BeforeEnterEvent event) {
        episodeId = id;
        read.bind(this, new FindMissingEpisodeQuery(episodeId));
    }

    /** Sends a form's command; the screen then shows the episode as the read side has it (live). */
    private void send(EventForm<?> form, Object command, String done) {
        if (Commands.send(commandGateway, command, form, "Reload the episode", read::reload)) {
            UserMessages.done(done);
        }
    }

    private void showFound(MissingEpisodeDetails found) {
        if (found == null) {
            title.setText("Missing episode not found");
            status.setText("There is no missing episode at this address, or it could not be loaded just now.");
        }
        show(found);
    }

    void show(MissingEpisodeDetails d) {
        if (d != null && !episodeId.equals(d.episodeId())) {
            return;
        }
        episode = d;
        boolean known = d != null;
        report.setVisible(known);
        afterReturn.show(d, Instant.now());
        if (!known) {
            for (Component c : List.of(reassessForm, textSafeForm, returnForm, offerForm, outcomeForm)) {
                c.setVisible(false);
            }
            return;
        }
        String name = d.childName() == null ? "Child" : d.childName();
        title.setText("Missing episode: " + name);
        status.setText(status(d, Instant.now()));
        showLinks(d, name);
        report.show(d);
        showForms(d);
    }

    private static String status(MissingEpisodeDetails d, Instant now) {
        if (d.returnedAt() == null) {
            return "Missing for " + MissingLabels.duration(d.lastSeenAt(), now) + ", "
                    + MissingLabels.risk(d.riskLevel()).toLowerCase(Locale.UK) + ".";
        }
        if (d.interviewOutcome() == null) {
            return "Returned " + Formats.dateTime(d.returnedAt()) + ". Return interview due by "
                    + Formats.dateTime(d.interviewDueBy()) + ": "
                    + MissingLabels.timeLeft(d.interviewDueBy(), d.interviewOverdue(), now).toLowerCase(Locale.UK) + ".";
        }
        return "Returned " + Formats.dateTime(d.returnedAt()) + ". Return interview: "
                + d.interviewOutcome().label().toLowerCase(Locale.UK) + ".";
    }

    private void showLinks(MissingEpisodeDetails d, String name) {
        links.removeAll();
        if (d.childId() == null) {
            return;
        }
        RouterLink history = new RouterLink("All missing episodes of " + name, ChildMissingHistoryView.class,
                new RouteParameters(ChildMissingHistoryView.CHILD_ID, d.childId()));
        history.setQueryParameters(PurposePrompt.parameters(AccessPurpose.MISSING));
        links.add(history);
        if (MainLayout.mayOpen(user, ChildChronologyView.class)) {
            RouterLink chronology = new RouterLink("Chronology of " + name, ChildChronologyView.class,
                    new RouteParameters(ChildChronologyView.CHILD_ID, d.childId()));
            chronology.setQueryParameters(PurposePrompt.parameters(AccessPurpose.MISSING));
            links.add(chronology);
        }
    }

    /** The forms that fit where the episode is and who the user is. */
    private void showForms(MissingEpisodeDetails d) {
        boolean missing = d.returnedAt() == null;
        boolean outcomeRecorded = d.interviewOutcome() != null;
        boolean offered = d.interviewProvider() != null;
        boolean coordinator = hasAnyRole(Roles.SCREENER, Roles.MEETING_CHAIR);
        reassessForm.setVisible(missing && coordinator);
        returnForm.setVisible(missing && coordinator);
        startNow(returnForm, returnForm.returnedAt);
        textSafeForm.setVisible(missing && d.textSafeSentAt() == null && hasAnyRole(Roles.SCREENER,
                Roles.MEETING_CHAIR, Roles.RETURN_INTERVIEW_WORKER));
        textSafeForm.showStep(d.textSafeConsentBy());
        offerForm.setVisible(!missing && !offered && !outcomeRecorded && hasAnyRole(Roles.RETURN_INTERVIEW_WORKER,
                Roles.SCREENER, Roles.MEETING_CHAIR));
        startNow(offerForm, offerForm.offeredAt);
        outcomeForm.setVisible(!missing && !outcomeRecorded && hasAnyRole(Roles.RETURN_INTERVIEW_WORKER,
                Roles.MEETING_CHAIR));
        startNow(outcomeForm, outcomeForm.happenedAt);
    }

    private static void startNow(Component form, DateTimePicker picker) {
        if (form.isVisible() && picker.isEmpty()) {
            picker.setValue(Formats.nowToTheMinute());
        }
    }

    private boolean hasAnyRole(String... roles) {
        return user != null && Arrays.stream(roles).anyMatch(user::hasRole);
    }
}
