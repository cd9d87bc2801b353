package org.convene.ui.missing;

import static org.convene.ui.missing.EpisodeParts.item;
import static org.convene.ui.missing.EpisodeParts.join;

import java.time.Instant;

import org.convene.coordination.missing.api.InterviewFindings;
import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.Sections;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Section;

/** After the child is found: the return, then the return interview (due, offered, its outcome). */
class EpisodeReturn {

    final DescriptionList returnDetails = new DescriptionList();
    final DescriptionList interviewDetails = new DescriptionList();
    final Section returnSection;
    final Section interviewSection;

    EpisodeReturn() {
        returnDetails.setId("return-details");
        interviewDetails.setId("interview-details");
        returnSection = Sections.of("Found or returned", "return-heading", returnDetails);
        interviewSection = Sections.of("Return interview", "interview-heading", interviewDetails);
    }

    void show(MissingEpisodeDetails d, Instant now) {
        boolean returned = d != null && d.returnedAt() != null;
        returnSection.setVisible(returned);
        interviewSection.setVisible(returned);
        returnDetails.removeAll();
        interviewDetails.removeAll();
        if (!returned) {
            return;
        }
        item(returnDetails, "Found or returned", Formats.dateTime(d.returnedAt()));
        item(returnDetails, "Missing for", MissingLabels.duration(d.lastSeenAt(), d.returnedAt()));
        item(returnDetails, "Where found", d.whereFound());
        item(returnDetails, "Found by or returned to", d.foundBy());
        item(returnDetails, "Harm or injury", d.harmOrInjury() == null ? "None recorded" : d.harmOrInjury());

        boolean outcomeRecorded = d.interviewOutcome() != null;
        item(interviewDetails, "Due by", Formats.dateTime(d.interviewDueBy()) + (outcomeRecorded ? ""
                : " (" + MissingLabels.timeLeft(d.interviewDueBy(), d.interviewOverdue(), now) + ")"));
        item(interviewDetails, "Offered", d.interviewProvider() != null ? "Yes, by " + d.interviewProvider()
                + (d.interviewOfferedAt() == null ? "" : ", " + Formats.dateTime(d.interviewOfferedAt())) : "No");
        if (!outcomeRecorded) {
            return;
        }
        item(interviewDetails, "Outcome", d.interviewOutcome().label() + ", " + Formats.dateTime(d.interviewAt())
                + (Boolean.TRUE.equals(d.interviewWithinDeadline()) ? " (within 72 hours)"
                : Boolean.FALSE.equals(d.interviewWithinDeadline()) ? " (after the 72 hours)" : ""));
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
