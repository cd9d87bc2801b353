package org.convene.ui.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.shared.api.Roles;
import org.convene.infra.operations.DeadLetterSummary;
import org.convene.infra.deadline.MongoDeadlineManager;
import org.convene.infra.operations.DeadLetters;
import org.convene.infra.operations.ProcessorState;
import org.convene.infra.operations.ProcessorWatch;
import org.convene.query.operations.api.DeadLetterEvictionSummary;
import org.convene.query.operations.api.FindDeadLetterEvictionsQuery;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

/**
 * "Events set aside" (decision 0018): the events that a part of Convene could not apply (dead
 * letters), what went wrong, and the two things an administrator can do: retry after the cause is
 * fixed, or remove one for good with a reason (recorded: who, when, why). Also shows which parts are
 * retrying after an error or are stuck, and the events removed so far.
 */
@Route(value = "operations/events-set-aside", layout = MainLayout.class)
@PageTitle("Events set aside | Convene")
@RolesAllowed(Roles.ADMINISTRATOR)
public class DeadLettersView extends Main {

    static final int EVICTIONS_SHOWN = 100;

    final Div status = new Div();
    final Grid<DeadLetterSummary> letters = new Grid<>(DeadLetterSummary.class, false);
    final Grid<DeadLetterEvictionSummary> evictions = new Grid<>(DeadLetterEvictionSummary.class, false);
    final Button retryAll = new Button("Retry all");
    final Div message = new Div();

    final ClocksSetAside clocks;

    private final DeadLetters deadLetters;
    private final ProcessorWatch watch;
    private final QueryGateway queries;

    public DeadLettersView(DeadLetters deadLetters, ProcessorWatch watch, QueryGateway queries,
                           MongoDeadlineManager deadlines) {
        this.deadLetters = deadLetters;
        this.watch = watch;
        this.queries = queries;
        this.clocks = new ClocksSetAside(deadlines);
        addClassNames(LumoUtility.Padding.MEDIUM);
        status.setId("processor-status");
        message.setId("dead-letters-message");
        message.getElement().setAttribute("role", "status");

        letters.setId("dead-letters");
        letters.addColumn(l -> PartNames.label(l.processingGroup())).setHeader("Part of Convene").setAutoWidth(true);
        letters.addColumn(l -> EventNames.label(l.eventType())).setHeader("Event").setAutoWidth(true);
        letters.addColumn(DeadLettersView::concerns).setHeader("Child or referral").setAutoWidth(true);
        letters.addColumn(DeadLetterSummary::error).setHeader("What went wrong").setFlexGrow(3);
        letters.addColumn(l -> Formats.dateTime(l.firstAttempt())).setHeader("Set aside").setAutoWidth(true);
        letters.addColumn(l -> Formats.dateTime(l.lastAttempt())).setHeader("Last tried").setAutoWidth(true);
        letters.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        letters.setAllRowsVisible(true);
        letters.getElement().setAttribute("aria-label", "Events set aside");

        retryAll.setId("dead-letters-retry-all");
        retryAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retryAll.addClickListener(e -> retryAll());

        evictions.setId("dead-letter-evictions");
        evictions.addColumn(v -> Formats.dateTime(v.evictedAt())).setHeader("Removed").setAutoWidth(true);
        evictions.addColumn(v -> v.userId() + " (" + v.agencyId() + ")").setHeader("By").setAutoWidth(true);
        evictions.addColumn(v -> PartNames.label(v.processingGroup())).setHeader("Part of Convene").setAutoWidth(true);
        evictions.addColumn(v -> EventNames.label(v.eventType())).setHeader("Event").setAutoWidth(true);
        evictions.addColumn(DeadLetterEvictionSummary::sequenceId).setHeader("Child or record").setAutoWidth(true);
        evictions.addColumn(DeadLetterEvictionSummary::reason).setHeader("Reason").setFlexGrow(3);
        evictions.setAllRowsVisible(true);
        evictions.getElement().setAttribute("aria-label", "Events removed");

        add(new H1("Events set aside"),
                new Paragraph("When a part of Convene (a board, a chronology, the KPI reports, the panel referrals) "
                        + "cannot apply a recorded event, it sets the event aside instead of losing it, and holds "
                        + "back the later events about the same child or referral in that part. Everything else "
                        + "carries on. Nothing recorded is lost: the events stay in the record."),
                new Paragraph("Once the cause is fixed, choose Retry. Remove an event only if that part should "
                        + "never apply it, and say why: your name, the time and the reason are kept."),
                status, message, new HorizontalLayout(retryAll), letters, clocks,
                new H2("Events removed"), evictions);
        refresh();
    }

    /** Reads the dead letters, the processors' state and the evictions again. */
    void refresh() {
        watch.refresh();
        List<DeadLetterSummary> shown = deadLetters.list();
        letters.setItems(shown);
        retryAll.setEnabled(!shown.isEmpty());
        showStatus(shown);
        clocks.refresh();
        evictions.setItems(removed());
    }

    List<DeadLetterSummary> shown() {
        return letters.getGenericDataView().getItems().toList();
    }

    List<DeadLetterEvictionSummary> removedShown() {
        return evictions.getGenericDataView().getItems().toList();
    }

    String statusText() {
        return status.getText();
    }

    String messageText() {
        return message.getText();
    }

    void retry(DeadLetterSummary letter) {
        try {
            boolean applied = deadLetters.retry(letter.processingGroup(), letter.sequenceId());
            message.setText(applied
                    ? "Applied: " + EventNames.label(letter.eventType()) + " and the events waiting behind it."
                    : "Still failing: the event stays set aside with the latest error. Fix the cause and retry.");
        } catch (RuntimeException e) {
            message.setText(String.join(" ", UserMessages.problems(e)));
        }
        refresh();
    }

    void retryAll() {
        try {
            int cleared = deadLetters.retryAll();
            refresh();
            int left = shown().size();
            message.setText(left == 0 ? "Applied every event that was set aside."
                    : "Applied the events of " + cleared + " " + (cleared == 1 ? "child or referral" : "children or referrals")
                    + "; " + left + " still failing and set aside.");
        } catch (RuntimeException e) {
            message.setText(String.join(" ", UserMessages.problems(e)));
            refresh();
        }
    }

    /** The dialog that removes one event for good; returns it (open). */
    RemoveDialog openRemove(DeadLetterSummary letter) {
        RemoveDialog dialog = new RemoveDialog(letter);
        dialog.open();
        return dialog;
    }

    private HorizontalLayout actions(DeadLetterSummary letter) {
        Button retry = new Button("Retry", e -> retry(letter));
        retry.getElement().setAttribute("aria-label", "Retry " + EventNames.label(letter.eventType()));
        Button remove = new Button("Remove…", e -> openRemove(letter));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", "Remove " + EventNames.label(letter.eventType()));
        return new HorizontalLayout(retry, remove);
    }

    private void showStatus(List<DeadLetterSummary> shown) {
        List<ProcessorState> attention = watch.states().stream().filter(ProcessorState::degraded).toList();
        if (attention.isEmpty()) {
            status.setText("Every part of Convene is up to date. No events are set aside.");
            return;
        }
        StringBuilder text = new StringBuilder("Needs attention: ");
        for (int i = 0; i < attention.size(); i++) {
            ProcessorState s = attention.get(i);
            text.append(i == 0 ? "" : "; ").append(PartNames.label(s.name())).append(" ");
            if (s.error() != null) {
                text.append("is retrying after an error (").append(s.error()).append(")");
            } else if (s.stuck()) {
                text.append("has not moved for a while and is ").append(s.lagSeconds()).append(" s behind");
            } else {
                text.append("has ").append(s.deadLetters()).append(s.deadLetters() == 1 ? " event" : " events")
                        .append(" set aside");
            }
        }
        status.setText(text.append(".").toString());
    }

    private List<DeadLetterEvictionSummary> removed() {
        try {
            return queries.query(new FindDeadLetterEvictionsQuery(EVICTIONS_SHOWN),
                    ResponseTypes.multipleInstancesOf(DeadLetterEvictionSummary.class)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            message.setText("The list of removed events could not be read just now. Reload the page.");
            return List.of();
        }
    }

    static String concerns(DeadLetterSummary l) {
        if (l.childId() != null) {
            return "Child " + l.childId();
        }
        if (l.referralId() != null) {
            return "Referral " + l.referralId();
        }
        return "Record " + l.sequenceId();
    }

    /** Asks for the reason, then records the eviction and removes the event. */
    final class RemoveDialog extends Dialog {

        final TextArea reason = new TextArea("Why should this part never apply this event?");
        final ProblemList errors = new ProblemList("remove-dead-letter-errors");
        final Button confirm = new Button("Remove event");

        RemoveDialog(DeadLetterSummary letter) {
            setHeaderTitle("Remove " + EventNames.label(letter.eventType()) + " from "
                    + PartNames.label(letter.processingGroup()));
            reason.setId("remove-dead-letter-reason");
            reason.setWidthFull();
            reason.setRequired(true);
            Paragraph what = new Paragraph(concerns(letter) + ". What went wrong: " + letter.error()
                    + " The event stays in the record; only " + PartNames.label(letter.processingGroup())
                    + " will not apply it (until it is rebuilt).");
            confirm.setId("remove-dead-letter-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.addClickListener(e -> remove(letter));
            add(what, errors, reason);
            getFooter().add(new Button("Cancel", e -> close()), confirm);
        }

        void remove(DeadLetterSummary letter) {
            try {
                deadLetters.evict(letter.processingGroup(), letter.sequenceId(), letter.eventId(), reason.getValue());
            } catch (RuntimeException e) {
                errors.show(e instanceof IllegalStateException ? List.of(e.getMessage()) : UserMessages.problems(e));
                return;
            }
            close();
            message.setText("Removed. Your reason is recorded.");
            refresh();
        }
    }

    /** Plain names for the processing groups. */
    static final class PartNames {
        private static final Map<String, String> LABELS = Map.of(
                "referral-list", "Referral list",
                "screening", "Screening records (children, referrals, meeting board, actions)",
                "chronology", "Chronologies",
                "missing", "Missing-children records and boards",
                "panel", "Exploitation panel records",
                "panel-triggers", "Referrals to the exploitation panel",
                "kpi", "KPI reports",
                "operations", "List of removed events");

        private PartNames() {
        }

        static String label(String group) {
            return LABELS.getOrDefault(group, group);
        }
    }

    /** "ChildRegisteredEvent" → "Child registered". */
    static final class EventNames {
        private EventNames() {
        }

        static String label(String type) {
            if (type == null || type.isBlank()) {
                return "Event";
            }
            String name = type.endsWith("Event") ? type.substring(0, type.length() - "Event".length()) : type;
            String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
