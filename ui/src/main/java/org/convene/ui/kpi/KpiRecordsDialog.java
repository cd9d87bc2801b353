package org.convene.ui.kpi;

import java.util.List;

import org.convene.query.kpi.api.KpiRecord;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** The records behind a figure, each linked to its page, and whether each is in the figure's numerator. */
class KpiRecordsDialog extends Dialog {

    KpiRecordsDialog(String title, List<KpiRecord> records) {
        setHeaderTitle(title);
        setId("kpi-records");
        Grid<KpiRecord> grid = new Grid<>();
        grid.addComponentColumn(r -> new Anchor(path(r), r.recordId())).setHeader("Record").setAutoWidth(true);
        grid.addColumn(KpiRecord::childId).setHeader("Child record").setAutoWidth(true);
        grid.addColumn(r -> r.date() == null ? "" : Formats.date(r.date())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(r -> r.counted() ? "Yes" : "No").setHeader("Counted").setAutoWidth(true);
        grid.addColumn(KpiRecord::detail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(records);
        grid.setWidth("60rem");
        add(new Paragraph(records.size() + " records; \"Counted\" says whether each is in the figure's "
                + "numerator."), grid);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static String path(KpiRecord r) {
        return switch (r.kind()) {
            case "referral" -> "referrals/" + r.recordId();
            case "episode" -> "missing/" + r.recordId();
            default -> "children/" + r.recordId() + "/chronology";
        };
    }
}
