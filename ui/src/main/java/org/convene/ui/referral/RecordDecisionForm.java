package org.convene.ui.referral;

import java.util.List;
import java.util.Map;

import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.ui.shared.EventForm;

/** The chair records the meeting's decision on a referral awaiting screening. */
class RecordDecisionForm extends EventForm<ScreeningDecision> {

    final DecisionForm fields;
    private ReferralType type;

    RecordDecisionForm(Map<String, String> agencyNames) {
        super(ScreeningDecision.class, "decision-form", "Record the meeting's decision", "decision-errors",
                "Record decision", "record-decision");
        fields = new DecisionForm("decision", agencyNames);
        add(errors, fields, save);
    }

    /** The referral's type decides which answers are required (the risk scale for domestic abuse). */
    void setReferralType(ReferralType type) {
        this.type = type;
    }

    /** Until the chair chooses, the agencies present are those that recorded their checks. */
    void preselectAgencies(List<String> contributing) {
        if (fields.agenciesPresent.isEmpty()) {
            fields.agenciesPresent.setValue(contributing);
        }
    }

    @Override
    protected List<String> problems() {
        return fields.problems(type);
    }

    @Override
    protected ScreeningDecision value() {
        return fields.decision();
    }
}
