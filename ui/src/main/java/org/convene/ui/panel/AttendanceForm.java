package org.convene.ui.panel;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.query.panel.api.PanelAgenda;
import org.convene.ui.shared.AgencyNames;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** The chair records which agencies attended a panel meeting and which sent apologies. */
class AttendanceForm extends PanelFormSection<AttendanceForm.Attendance> {

    /** The agencies chosen, by id. */
    public record Attendance(Set<String> present, Set<String> apologies) {
    }

    final MultiSelectComboBox<String> present = new MultiSelectComboBox<>("Agencies present");
    final MultiSelectComboBox<String> apologies = new MultiSelectComboBox<>("Apologies");
    private final Map<String, String> agencies;

    AttendanceForm(Map<String, String> agencies) {
        super(Attendance.class, "attendance-errors", "Save attendance", "save-attendance");
        this.agencies = agencies;
        present.setId("attendance-present");
        apologies.setId("attendance-apologies");
        for (MultiSelectComboBox<String> field : List.of(present, apologies)) {
            field.setItems(agencies.keySet());
            field.setItemLabelGenerator(id -> AgencyNames.name(agencies, id));
            field.setWidthFull();
        }
        binder.bindInstanceFields(this);
        add(present, apologies, save);
    }

    void show(PanelAgenda agenda) {
        binder.readRecord(new Attendance(new HashSet<>(agenda.agenciesPresent()), new HashSet<>(agenda.apologies())));
    }

    /** The chosen agencies in the partnership's order. */
    List<String> inOrder(Set<String> chosen) {
        return agencies.keySet().stream().filter(chosen::contains).toList();
    }
}
