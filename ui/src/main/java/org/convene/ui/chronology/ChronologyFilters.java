package org.convene.ui.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.convene.query.chronology.api.ChronologyEntry;
import org.convene.query.chronology.api.ChronologyFilter;
import org.convene.query.chronology.api.ChronologyKinds;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * The chronology's filters (agency, type, dates happened, key events only, as known on): one field
 * whose value is a {@link ChronologyFilter}, its parts bound by a Binder; each valid change fires a
 * value change event with the new filter. A "to" date before the "from" date is marked and changes
 * nothing.
 */
class ChronologyFilters extends AbstractCompositeField<HorizontalLayout, ChronologyFilters, ChronologyFilter> {

    final MultiSelectComboBox<String> agencies = new MultiSelectComboBox<>("Agency");
    final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>("Type");
    final DatePicker from = new DatePicker("Happened from");
    final DatePicker to = new DatePicker("Happened to");
    final Checkbox keyOnly = new Checkbox("Key events only");
    final DatePicker knownOn = new DatePicker("As known on");
    final Button clear = new Button("Clear filters");
    private final Map<String, String> agencyNames;
    private final Binder<ChronologyFilter> binder = new Binder<>(ChronologyFilter.class);
    private boolean reading;

    ChronologyFilters(Map<String, String> agencyNames) {
        super(ChronologyFilter.none());
        this.agencyNames = agencyNames;
        agencies.setId("filter-agency");
        agencies.setItemLabelGenerator(id -> AgencyNames.name(agencyNames, id));
        kinds.setId("filter-type");
        kinds.setItemLabelGenerator(ChronologyKinds::label);
        from.setId("filter-from");
        to.setId("filter-to");
        keyOnly.setId("filter-key");
        knownOn.setId("known-on");
        knownOn.setHelperText("Only what had been recorded by the end of this day");
        for (DatePicker picker : List.of(from, to, knownOn)) {
            picker.setLocale(Locale.UK);
            picker.setClearButtonVisible(true);
        }
        binder.forField(agencies).bind("agencyIds");
        binder.forField(kinds).bind("kinds");
        binder.forField(from).bind("happenedFrom");
        binder.forField(to).withValidator((end, context) -> end == null || from.getValue() == null
                        || !end.isBefore(from.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error("Pick a date on or after " + Formats.date(from.getValue()) + "."))
                .bind("happenedTo");
        binder.forField(keyOnly).bind("keyOnly");
        binder.forField(knownOn).bind("knownOn");
        setPresentationValue(ChronologyFilter.none());
        binder.addValueChangeListener(e -> {
            if (!reading) {
                valid().ifPresent(filter -> setModelValue(filter, true));
            }
        });
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            setPresentationValue(ChronologyFilter.none());
            setModelValue(ChronologyFilter.none(), true);
        });
        HorizontalLayout bar = getContent();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.add(agencies, kinds, from, to, knownOn, keyOnly, clear);
    }

    @Override
    protected void setPresentationValue(ChronologyFilter filter) {
        reading = true;
        try {
            binder.readRecord(filter);
        } finally {
            reading = false;
        }
    }

    /** Offers the agencies and types the entries have, in the order of their names. */
    void offer(List<ChronologyEntry> entries) {
        Set<String> agencyIds = new LinkedHashSet<>();
        Set<String> kindsSeen = new LinkedHashSet<>();
        entries.forEach(e -> {
            if (e.agencyId() != null) {
                agencyIds.add(e.agencyId());
            }
            kindsSeen.add(e.kind());
        });
        List<String> sortedAgencies = new ArrayList<>(agencyIds);
        sortedAgencies.sort(Comparator.comparing(id -> AgencyNames.name(agencyNames, id)));
        agencies.setItems(sortedAgencies);
        List<String> sortedKinds = new ArrayList<>(kindsSeen);
        sortedKinds.sort(Comparator.comparing(ChronologyKinds::label));
        kinds.setItems(sortedKinds);
    }

    /** The filter as the fields say, unless one of them is invalid (it then shows why). */
    private Optional<ChronologyFilter> valid() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
