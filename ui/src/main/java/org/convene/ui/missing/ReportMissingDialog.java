package org.convene.ui.missing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.referral.ChildEntry;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The police notification that a child is missing: the child (an existing record, or a new one),
 * where from, when last seen, the police reference and risk. Nothing is recorded unless the whole
 * form passes its checks; every problem is listed at once.
 */
public class ReportMissingDialog extends Dialog {

    final ChildEntry child;
    final RadioButtonGroup<MissingFrom> missingFrom = new RadioButtonGroup<>();
    final RadioButtonGroup<CareAbsenceType> careAbsenceType = new RadioButtonGroup<>();
    final DateTimePicker lastSeenAt = new DateTimePicker("Last seen");
    final TextField policeReference = new TextField("Police reference");
    final Select<MissingRiskLevel> riskLevel = new Select<>();
    final TextField reportedBy = new TextField("Reported missing by");
    final TextArea circumstances = new TextArea("Circumstances");
    final TextField lastKnownLocation = new TextField("Last known location");
    final ProblemList errors = new ProblemList("missing-errors");
    final Button save = new Button("Report missing");

    private final CommandGateway commandGateway;
    private final String episodeId = UUID.randomUUID().toString();

    public ReportMissingDialog(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        setHeaderTitle("Report a missing child");
        setWidth("min(52rem, 100vw)");

        child = new ChildEntry(queryGateway, 1);
        child.unborn.setVisible(false);
        child.remove.setVisible(false);
        child.dateOfBirth.setLabel("Date of birth");

        missingFrom.setLabel("Missing from");
        missingFrom.setItems(MissingFrom.values());
        missingFrom.setItemLabelGenerator(MissingFrom::label);
        missingFrom.setRequiredIndicatorVisible(true);
        missingFrom.setId("missing-from");
        careAbsenceType.setLabel("Looked-after child: missing or away?");
        careAbsenceType.setItems(CareAbsenceType.values());
        careAbsenceType.setItemLabelGenerator(t -> t.name() + " – " + t.label());
        careAbsenceType.setId("care-absence-type");
        careAbsenceType.setVisible(false);
        missingFrom.addValueChangeListener(e -> {
            careAbsenceType.setVisible(e.getValue() == MissingFrom.CARE);
            if (e.getValue() != MissingFrom.CARE) {
                careAbsenceType.clear();
            }
        });
        // a child recorded as looked after is most likely missing from care
        child.lookedAfter.addValueChangeListener(e -> {
            if (Boolean.TRUE.equals(e.getValue()) && missingFrom.isEmpty()) {
                missingFrom.setValue(MissingFrom.CARE);
            }
        });

        lastSeenAt.setLocale(Locale.UK);
        lastSeenAt.setRequiredIndicatorVisible(true);
        lastSeenAt.setMax(LocalDateTime.now(Formats.UK).plusMinutes(5));
        lastSeenAt.setId("last-seen-at");
        policeReference.setRequired(true);
        policeReference.setMaxLength(100);
        policeReference.setId("police-reference");
        riskLevel.setLabel("Police risk level");
        riskLevel.setItems(MissingRiskLevel.values());
        riskLevel.setItemLabelGenerator(MissingRiskLevel::label);
        riskLevel.setRequiredIndicatorVisible(true);
        riskLevel.setId("missing-risk-level");
        reportedBy.setMaxLength(200);
        reportedBy.setHelperText("For example: mother, foster carer, residential home staff");
        reportedBy.setId("reported-by");
        lastKnownLocation.setMaxLength(500);
        lastKnownLocation.setId("last-known-location");
        circumstances.setMaxLength(TextRules.MAX_NARRATIVE_LENGTH);
        circumstances.setMinHeight("6rem");
        circumstances.setWidthFull();
        circumstances.setId("circumstances");

        FormLayout form = new FormLayout(missingFrom, careAbsenceType, lastSeenAt, policeReference, riskLevel,
                reportedBy, lastKnownLocation);
        form.setColspan(lastKnownLocation, 2);
        add(errors, child, form, circumstances);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-missing");
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    /** Every problem with the form, found without sending anything. */
    List<String> check() {
        List<String> problems = new ArrayList<>();
        child.check("", problems);
        if (missingFrom.getValue() == null) {
            problems.add("Say whether the child is missing from home or from care.");
        } else if (missingFrom.getValue() == MissingFrom.CARE && careAbsenceType.getValue() == null) {
            problems.add("For a looked-after child, choose M (missing) or A (away from placement without "
                    + "authorisation).");
        }
        Instant now = Instant.now();
        Instant seen = lastSeen();
        if (seen == null) {
            problems.add("Enter when the child was last seen.");
        } else if (seen.isAfter(now.plus(Duration.ofMinutes(5)))) {
            problems.add("The time last seen cannot be in the future.");
        } else if (seen.isBefore(now.minus(Duration.ofDays(366)))) {
            problems.add("The time last seen is more than a year ago.");
        }
        TextRules.requireText(policeReference.getValue(), "Enter the police reference.", 100, problems);
        if (riskLevel.getValue() == null) {
            problems.add("Choose the police risk level.");
        }
        TextRules.optionalText(reportedBy.getValue(), "Reported by", 200, problems);
        TextRules.optionalText(lastKnownLocation.getValue(), "The last known location", 500, problems);
        TextRules.optionalText(circumstances.getValue(), "The circumstances", TextRules.MAX_NARRATIVE_LENGTH,
                problems);
        return problems.stream().distinct().toList();
    }

    private Instant lastSeen() {
        return lastSeenAt.getValue() == null ? null : lastSeenAt.getValue().atZone(Formats.UK).toInstant();
    }

    void save() {
        List<String> problems = check();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        if (child.needsNewRecord()) {
            try {
                commandGateway.sendAndWait(child.registerCommand());
                child.registered();
            } catch (RuntimeException e) {
                errors.show(UserMessages.problems(e));
                return;
            }
        }
        ReportMissingEpisodeCommand command = new ReportMissingEpisodeCommand(episodeId, child.childId(),
                missingFrom.getValue(), missingFrom.getValue() == MissingFrom.CARE ? careAbsenceType.getValue() : null,
                lastSeen(), policeReference.getValue().strip(), riskLevel.getValue(), blankToNull(reportedBy.getValue()),
                blankToNull(circumstances.getValue()), blankToNull(lastKnownLocation.getValue()));
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            errors.show(UserMessages.problems(e));
            return;
        }
        errors.clear();
        Notification done = Notification.show(child.label() + " is reported missing.");
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
    }

    String episodeId() {
        return episodeId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
