package org.convene.ui.referral;

import static org.convene.ui.referral.Facts.fact;
import static org.convene.ui.shared.Badges.badge;

import java.time.Instant;
import java.util.Map;

import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.query.referral.api.ReferralDetails;
import org.convene.query.referral.api.ReferralStatus;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** What was received: when, from whom, the type, risk, concerns, adults and what happened. */
class ReferralIntake extends ReferralPart {

    ReferralIntake(Map<String, String> agencyNames) {
        super("referral-intake", agencyNames);
    }

    void showNotFound(boolean addressed) {
        removeAll();
        add(new Paragraph(addressed ? "This referral could not be found. It may not have reached the screens yet: "
                + "try again in a moment." : ""));
    }

    void show(ReferralDetails d) {
        removeAll();
        Instant now = Instant.now();
        UnorderedList facts = new UnorderedList();
        facts.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
        facts.add(fact("Received", Formats.dateTime(d.receivedAt()) + " (" + Formats.elapsed(d.receivedAt(), now)
                + " ago)"));
        if (d.status() == ReferralStatus.AWAITING_SCREENING && d.screeningDueBy() != null) {
            ListItem due = fact("Decision due by", Formats.endOfDayDeadline(d.screeningDueBy())
                    + " (1 working day after receipt)");
            if (!now.isBefore(d.screeningDueBy())) {
                due.add(new Span(" "), badge("Target missed", "badge error"));
            }
            facts.add(due);
        }
        facts.add(fact("Source", d.sourceCode() + " – " + d.sourceDescription()));
        facts.add(fact("Type", d.type().label()));
        if (d.incidentDate() != null) {
            facts.add(fact("Incident date", Formats.date(d.incidentDate())));
        }
        facts.add(fact("DASH risk level", d.dashLevel() == null ? "Not assessed" : d.dashLevel().label()));
        if (d.urgent()) {
            facts.add(new ListItem(badge("Urgent", "badge error primary")));
        }
        if (d.concernCodes() != null && !d.concernCodes().isEmpty()) {
            facts.add(fact("Concerns", String.join("; ", d.concernCodes().stream()
                    .map(c -> c + " – " + ReferenceCodes.ASSESSMENT_FACTORS.description(c).orElse(c)).toList())));
        }
        if (d.adults() != null && !d.adults().isEmpty()) {
            facts.add(fact("Adults", String.join("; ", d.adults().stream()
                    .map(a -> a.name() + " (" + a.role().label() + ")").toList())));
        }
        if (d.externalReference() != null) {
            facts.add(fact("Source's reference", d.externalReference()));
        }
        facts.add(fact("Recorded by", d.recordedByUser() + ", " + AgencyNames.name(agencyNames, d.recordedByAgency())
                + ", " + Formats.dateTime(d.recordedAt())));
        if (d.withdrawnReason() != null) {
            facts.add(fact("Withdrawn", d.withdrawnReason()));
        }
        add(facts);
        if (d.narrative() != null && !d.narrative().isBlank()) {
            H2 h = new H2("What happened");
            h.addClassNames(LumoUtility.FontSize.MEDIUM);
            Paragraph narrative = new Paragraph(d.narrative());
            narrative.getStyle().set("white-space", "pre-line");
            add(h, narrative);
        }
    }
}
