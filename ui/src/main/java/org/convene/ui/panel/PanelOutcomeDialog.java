package org.convene.ui.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.panel.api.ActionHeading;
import org.convene.coordination.panel.api.ClosureReason;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelActionSpec;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.RecordPanelDiscussionCommand;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The chair records the outcome of a young person's discussion: the agreed risk level and its
 * rationale, actions under Prepare / Prevent / Protect / Pursue with owner agency and due date,
 * places and peer groups of concern, and the next review date or the closure with a reason.
 */
public class PanelOutcomeDialog extends Dialog {

    /** One action being written. */
    final class ActionRow extends HorizontalLayout {
        final Select<ActionHeading> heading = new Select<>();
        final TextField description = new TextField("What is to be done");
        final Select<String> owner = new Select<>();
        final DatePicker due = new DatePicker("Due");
        final String actionId = UUID.randomUUID().toString();

        ActionRow(int n) {
            heading.setLabel("Heading");
            heading.setItems(ActionHeading.values());
            heading.setItemLabelGenerator(ActionHeading::label);
            heading.setId("action-heading-" + n);
            description.setId("action-description-" + n);
            description.setMaxLength(4_000);
            owner.setLabel("Owner agency");
            owner.setItems(agencies.keySet());
            owner.setItemLabelGenerator(id -> AgencyNames.name(agencies, id));
            owner.setId("action-owner-" + n);
            due.setId("action-due-" + n);
            due.setLocale(Locale.UK);
            due.setValue(discussedOn.getValue() == null ? null : discussedOn.getValue().plusDays(14));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                rows.remove(this);
                actionRows.remove(this);
            });
            remove.setAriaLabel("Remove this action");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(heading, description, owner, due, remove);
            setFlexGrow(1, description);
            setWidthFull();
        }

        PanelActionSpec spec() {
            return new PanelActionSpec(actionId, heading.getValue(), description.getValue(), owner.getValue(),
                    due.getValue());
        }
    }

    enum Next { REVIEW, CLOSE }

    final DatePicker discussedOn = new DatePicker("Date discussed");
    final RadioButtonGroup<PanelRiskLevel> risk = new RadioButtonGroup<>();
    final TextArea rationale = new TextArea("Rationale for the risk level");
    final CheckboxGroup<ExploitationType> types = new CheckboxGroup<>();
    final TextArea places = new TextArea("Places of concern (one a line)");
    final TextArea peers = new TextArea("Peer groups of concern (one a line)");
    final Div rows = new Div();
    final List<ActionRow> actionRows = new ArrayList<>();
    final Button addAction = new Button("Add an action", VaadinIcon.PLUS.create());
    final RadioButtonGroup<Next> next = new RadioButtonGroup<>();
    final DatePicker nextReview = new DatePicker("Next review date");
    final Select<ClosureReason> closureReason = new Select<>();
    final TextArea closureNote = new TextArea("Closure note");
    final ProblemList errors = new ProblemList("outcome-errors");
    final Button save = new Button("Record outcome");

    private final CommandGateway commandGateway;
    private final Map<String, String> agencies;
    private final String childId;
    private final String meetingId;
    private final String discussionId = UUID.randomUUID().toString();
    private final Long version;
    private final Runnable afterSave;

    public PanelOutcomeDialog(CommandGateway commandGateway, AgencyNames agencyNames, String childId, String childName,
                              String meetingId, LocalDate meetingDate, PanelRiskLevel currentRisk,
                              List<ExploitationType> knownTypes, Long version, Runnable afterSave) {
        this.commandGateway = commandGateway;
        this.version = version;
        this.agencies = agencyNames.all();
        this.childId = childId;
        this.meetingId = meetingId;
        this.afterSave = afterSave;
        setHeaderTitle("Outcome for " + childName);
        setWidth("min(64rem, 100vw)");

        discussedOn.setId("outcome-date");
        discussedOn.setLocale(Locale.UK);
        discussedOn.setValue(meetingDate);
        risk.setLabel("Agreed risk level");
        risk.setItems(PanelRiskLevel.values());
        risk.setItemLabelGenerator(PanelRiskLevel::label);
        risk.setValue(currentRisk);
        risk.setId("outcome-risk");
        rationale.setId("outcome-rationale");
        rationale.setWidthFull();
        rationale.setMaxLength(4_000);
        types.setLabel("Types of exploitation");
        types.setItems(ExploitationType.values());
        types.setItemLabelGenerator(ExploitationType::label);
        types.setValue(knownTypes.isEmpty() ? EnumSet.noneOf(ExploitationType.class) : EnumSet.copyOf(knownTypes));
        types.setId("outcome-types");
        places.setId("outcome-places");
        peers.setId("outcome-peers");
        addAction.setId("outcome-add-action");
        addAction.addClickListener(e -> addActionRow());
        next.setLabel("Next");
        next.setItems(Next.values());
        next.setItemLabelGenerator(n -> n == Next.REVIEW ? "Review at a later meeting" : "Close the case");
        next.setValue(Next.REVIEW);
        next.setId("outcome-next");
        nextReview.setId("outcome-next-review");
        nextReview.setLocale(Locale.UK);
        nextReview.setValue(meetingDate == null ? null : meetingDate.plusDays(28));
        closureReason.setLabel("Closure reason");
        closureReason.setItems(ClosureReason.chosenByAChair());
        closureReason.setItemLabelGenerator(ClosureReason::label);
        closureReason.setId("outcome-closure-reason");
        closureNote.setId("outcome-closure-note");
        closureReason.setVisible(false);
        closureNote.setVisible(false);
        next.addValueChangeListener(e -> {
            boolean closing = e.getValue() == Next.CLOSE;
            nextReview.setVisible(!closing);
            closureReason.setVisible(closing);
            closureNote.setVisible(closing);
        });

        FormLayout top = new FormLayout(discussedOn, risk);
        H3 actionsHeading = new H3("Actions (Prepare, Prevent, Protect, Pursue)");
        FormLayout context = new FormLayout(places, peers);
        FormLayout nextForm = new FormLayout(next, nextReview, closureReason, closureNote);
        add(errors, top, rationale, types, context, actionsHeading, rows, addAction, nextForm);

        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    ActionRow addActionRow() {
        ActionRow row = new ActionRow(actionRows.size() + 1);
        actionRows.add(row);
        rows.add(row);
        return row;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    RecordPanelDiscussionCommand command() {
        boolean closing = next.getValue() == Next.CLOSE;
        return new RecordPanelDiscussionCommand(childId, discussionId, meetingId, discussedOn.getValue(),
                risk.getValue(), rationale.getValue(), new ArrayList<>(types.getValue()), lines(places.getValue()),
                lines(peers.getValue()), actionRows.stream().map(ActionRow::spec).toList(),
                closing ? null : nextReview.getValue(), closing ? closureReason.getValue() : null,
                closing ? closureNote.getValue() : null, version);
    }

    void save() {
        errors.clear();
        try {
            commandGateway.sendAndWait(command());
        } catch (RuntimeException e) {
            if (UserMessages.changedMeanwhile(e)) {
                Button reload = new Button("Close and reload", click -> {
                    close();
                    afterSave.run();
                });
                reload.setId("outcome-reload");
                errors.show(UserMessages.problems(e), reload);
            } else {
                errors.show(UserMessages.problems(e));
            }
            return;
        }
        Notification.show("Outcome recorded.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        afterSave.run();
    }
}
