package org.convene.ui.missing;

import static org.convene.ui.missing.EpisodeParts.item;

import java.util.List;

import org.convene.query.missing.api.MissingEpisodeDetails;
import org.convene.query.missing.api.RiskChange;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.Sections;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** What the police reported about a missing episode, and the risk level over time. */
class EpisodeReport extends Div {

    final DescriptionList details = new DescriptionList();
    final Grid<RiskChange> riskHistory = new Grid<>(RiskChange.class, false);

    EpisodeReport() {
        details.setId("episode-details");
        riskHistory.setId("risk-history");
        riskHistory.setAriaLabel("Police risk level over time");
        riskHistory.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        riskHistory.addColumn(r -> Formats.dateTime(r.recordedAt())).setHeader("Recorded").setAutoWidth(true)
                .setFlexGrow(0);
        riskHistory.addColumn(new ComponentRenderer<>(r -> MissingLabels.riskBadge(r.riskLevel())))
                .setHeader("Risk level").setAutoWidth(true).setFlexGrow(0);
        riskHistory.addColumn(r -> MissingLabels.orDash(r.reason())).setHeader("Reason").setFlexGrow(3);
        riskHistory.addColumn(r -> MissingLabels.orDash(r.recordedByUser())).setHeader("By").setAutoWidth(true);
        riskHistory.setAllRowsVisible(true);
        add(Sections.of("What the police reported", "details-heading", details),
                Sections.of("Risk over time", "risk-heading", riskHistory));
    }

    void show(MissingEpisodeDetails d) {
        details.removeAll();
        item(details, "Missing from", MissingLabels.from(d.missingFrom(), d.careAbsenceType()));
        item(details, "Last seen", Formats.dateTime(d.lastSeenAt()));
        item(details, "Last known location", d.lastKnownLocation());
        item(details, "Police reference", d.policeReference());
        details.add(new DescriptionList.Term("Police risk level"),
                new DescriptionList.Description(MissingLabels.riskBadge(d.riskLevel())));
        item(details, "Reported missing by", d.reportedBy());
        item(details, "Circumstances", d.circumstances());
        item(details, "TextSafe", textSafe(d));
        item(details, "Recorded", Formats.dateTime(d.recordedAt()) + (d.recordedByUser() == null ? ""
                : " by " + d.recordedByUser()));
        riskHistory.setItems(d.riskHistory() == null ? List.of() : d.riskHistory());
    }

    private static String textSafe(MissingEpisodeDetails d) {
        if (d.textSafeSentAt() != null) {
            return "Text sent " + Formats.dateTime(d.textSafeSentAt()) + " (consent: " + d.textSafeConsentBy() + ")";
        }
        if (d.textSafeConsentBy() != null) {
            return "Consent given by " + d.textSafeConsentBy() + "; no text sent yet";
        }
        return "No consent recorded";
    }
}
