package org.convene.ui.referral;

import static org.convene.ui.referral.Facts.fact;

import java.util.List;
import java.util.Map;

import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.query.referral.api.DecisionView;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The decision in force and the ones it replaced, each with who decided and why. */
class DecisionHistory extends ReferralPart {

    DecisionHistory(Map<String, String> agencyNames) {
        super("decision-history", agencyNames);
    }

    void show(ReferralDetails d) {
        removeAll();
        List<DecisionView> decisions = d.decisions() == null ? List.of() : d.decisions();
        if (decisions.isEmpty()) {
            add(new Paragraph(d.status() == ReferralStatus.WITHDRAWN ? "Withdrawn before a decision."
                    : "No decision yet."));
            return;
        }
        for (int i = 0; i < decisions.size(); i++) {
            add(entry(decisions.get(i), i == decisions.size() - 1));
        }
    }

    private Div entry(DecisionView v, boolean current) {
        ScreeningDecision dec = v.decision();
        Div entry = new Div();
        entry.addClassNames("decision-entry", LumoUtility.Border.LEFT, LumoUtility.Padding.Left.MEDIUM,
                LumoUtility.Margin.Bottom.MEDIUM);
        H3 h = new H3((v.revisionReason() == null ? "Decision" : "Revised decision")
                + (current ? " (in force)" : " (replaced)"));
        h.addClassNames(LumoUtility.FontSize.MEDIUM);
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
        facts.add(fact("Decided by", v.recordedByUser() + ", " + AgencyNames.name(agencyNames, v.recordedByAgency())
                + ", " + Formats.dateTime(v.recordedAt()) + (v.revisionReason() == null ? (v.withinOneWorkingDay()
                ? " (within 1 working day)" : " (after the 1-working-day target)") : "")));
        entry.add(h, facts);
        return entry;
    }
}
