package org.convene.ui.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.shared.api.TextRules;
import org.convene.ui.shared.EventForm;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The chair revises the decision in force, giving the reason. The fields start from the decision
 * in force when the form is shown ({@link #startFrom}); the reason typed is kept when it starts again.
 */
class RevisionForm extends EventForm<RevisionForm.Revision> {

    public record Revision(String reason, ScreeningDecision decision) {
    }

    final TextArea reason = narrative(new TextArea("Reason for revising"), TextRules.MAX_NARRATIVE_LENGTH,
            "revision-reason");
    private final Map<String, String> agencyNames;
    private final Paragraph note = new Paragraph("Actions already agreed stay as they are; add any new actions "
            + "agreed with this revision.");
    DecisionForm fields;
    private ReferralType type;
    /** The referral's version when the fields were filled from the decision in force. */
    private Long version;

    RevisionForm(Map<String, String> agencyNames) {
        super(Revision.class, null, null, "revision-errors", "Record revised decision", "revise-decision");
        this.agencyNames = agencyNames;
        binder.forField(reason).withValidator(EventForm::hasText, "Give the reason for revising the decision.")
                .bind("reason");
    }

    /** Fills the fields from the decision in force, as of this version of the referral. */
    void startFrom(ScreeningDecision inForce, ReferralType type, Long version) {
        removeAll();
        fields = new DecisionForm("revision", agencyNames);
        fields.prefill(inForce);
        this.type = type;
        this.version = version;
        add(errors, reason, fields, note, save);
    }

    boolean started() {
        return fields != null;
    }

    /** The version the revision is based on, sent with the command (decision 0022). */
    Long version() {
        return version;
    }

    @Override
    protected List<String> problems() {
        List<String> problems = new ArrayList<>(super.problems());
        problems.addAll(fields.problems(type));
        return problems;
    }

    @Override
    protected Revision value() {
        return new Revision(reason.getValue(), fields.decision());
    }

    /** Drops the fields, so that they start again from the decision then in force. */
    void discard() {
        removeAll();
        fields = null;
    }

    @Override
    public void saved() {
        super.saved();
        discard();
        binder.readRecord(new Revision("", null));
    }
}
