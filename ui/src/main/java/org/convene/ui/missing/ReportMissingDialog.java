package org.convene.ui.missing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.missing.api.CareAbsenceType;
import org.convene.coordination.missing.api.MissingFrom;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.ReportMissingEpisodeCommand;
import org.convene.coordination.shared.api.TextRules;
import org.convene.intake.Intake;
import org.convene.ui.referral.ChildEntry;
import org.convene.ui.referral.Drafts;
import org.convene.ui.referral.IntakeDialog;
import org.convene.ui.referral.IntakeRecorded;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * The police notification that a child is missing: the child (an existing record, or a new one),
 * where from, when last seen, the police reference and risk. The fields are bound with a {@link
 * Binder} to a {@link Draft}; saving sends the notification through {@link Intake}, which records
 * nothing unless everything passes coordination's rules and lists every problem at once. Fires
 * {@link IntakeRecorded} when the episode is recorded.
 */
public class ReportMissingDialog extends IntakeDialog<ReportMissingDialog.Draft> {

    /**
     * The notification as entered: the fields of the same names, bound by {@link Binder#bindInstanceFields}
     * (public: the binder reads it by reflection).
     */
    public record Draft(MissingFrom missingFrom, CareAbsenceType careAbsenceType, LocalDateTime lastSeenAt,
                 String policeReference, MissingRiskLevel riskLevel, String reportedBy, String circumstances,
                 String lastKnownLocation) {
    }

    final ChildEntry child;
    final RadioButtonGroup<MissingFrom> missingFrom = new RadioButtonGroup<>();
    final RadioButtonGroup<CareAbsenceType> careAbsenceType = new RadioButtonGroup<>();
    final DateTimePicker lastSeenAt = new DateTimePicker("Last seen");
    final TextField policeReference = new TextField("Police reference");
    final Select<MissingRiskLevel> riskLevel = new Select<>();
    final TextField reportedBy = new TextField("Reported missing by");
    final TextArea circumstances = new TextArea("Circumstances");
    final TextField lastKnownLocation = new TextField("Last known location");
    private final String episodeId = UUID.randomUUID().toString();

    public ReportMissingDialog(Intake intake, QueryGateway queryGateway) {
        super(Draft.class, intake, "Report a missing child", "missing-errors", "Report missing", "save-missing");

        child = new ChildEntry(intake, queryGateway, 1);
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
        bindFields();
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

        FormLayout form = new FormLayout(missingFrom, careAbsenceType, lastSeenAt, policeReference, riskLevel,
                reportedBy, lastKnownLocation);
        form.setColspan(lastKnownLocation, 2);
        add(errors, child, form, circumstances);
    }

    /** The notification as entered, for {@link Intake} (which puts in the child's id). */
    ReportMissingEpisodeCommand toCommand() {
        Draft d = Drafts.write(binder);
        return new ReportMissingEpisodeCommand(episodeId, null, d.missingFrom(),
                d.missingFrom() == MissingFrom.CARE ? d.careAbsenceType() : null,
                d.lastSeenAt() == null ? null : d.lastSeenAt().atZone(Formats.UK).toInstant(),
                d.policeReference() == null ? null : d.policeReference().strip(), d.riskLevel(),
                Drafts.blankToNull(d.reportedBy()), Drafts.blankToNull(d.circumstances()),
                Drafts.blankToNull(d.lastKnownLocation()));
    }

    /** Every problem with the form, found without sending anything. */
    List<String> check() {
        List<String> problems = new ArrayList<>(intake.missingProblems(toCommand(), child.toIntakeChild()));
        String unanswered = child.unansweredMatch();
        if (unanswered != null) {
            problems.add(unanswered);
        }
        return problems.stream().distinct().toList();
    }

    @Override
    protected void save() {
        saveWith(check(), () -> intake.reportMissing(toCommand(), child.toIntakeChild()),
                child.label() + " is reported missing.", episodeId);
    }

    String episodeId() {
        return episodeId;
    }

}
