package org.convene.ui.kpi;

import java.time.LocalDate;
import java.util.Locale;

import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.PeriodType;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The dashboard's period (month, quarter or year containing a day, or a custom range) and
 * breakdown: one field whose value is a {@link Selection}, its parts bound by a Binder; every change
 * fires a value change event with the new selection, and the view reads the dashboard for it.
 */
class KpiSelector extends AbstractCompositeField<HorizontalLayout, KpiSelector, KpiSelector.Selection> {

    /** What is chosen. */
    public record Selection(PeriodType periodType, LocalDate day, LocalDate from, LocalDate to, Breakdown breakdown) {

        /** The period chosen; a custom period must not end before it starts. */
        KpiPeriod period() {
            PeriodType type = periodType == null ? PeriodType.MONTH : periodType;
            if (type == PeriodType.CUSTOM) {
                if (from == null || to == null || to.isBefore(from)) {
                    throw new IllegalArgumentException(
                            "Choose a custom period: the start date on or before the end date.");
                }
                return KpiPeriod.custom(from, to);
            }
            return KpiPeriod.of(type, day == null ? Formats.today() : day);
        }
    }

    final Select<PeriodType> periodType = new Select<>();
    final DatePicker day = new DatePicker("Period containing");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Select<Breakdown> breakdown = new Select<>();
    private final Binder<Selection> binder = new Binder<>(Selection.class);
    private boolean reading;

    KpiSelector() {
        super(null);
        periodType.setLabel("Period");
        periodType.setItems(PeriodType.values());
        periodType.setItemLabelGenerator(PeriodType::label);
        periodType.setId("kpi-period-type");
        day.setId("kpi-period-day");
        from.setId("kpi-from");
        to.setId("kpi-to");
        for (DatePicker picker : new DatePicker[] {day, from, to}) {
            picker.setLocale(Locale.UK);
        }
        breakdown.setLabel("Breakdown");
        breakdown.setItems(Breakdown.values());
        breakdown.setItemLabelGenerator(Breakdown::label);
        breakdown.setId("kpi-breakdown");
        binder.bindInstanceFields(this);
        LocalDate today = Formats.today();
        setValue(new Selection(PeriodType.MONTH, today, today.withDayOfMonth(1), today, Breakdown.NONE));
        binder.addValueChangeListener(e -> {
            showPeriodFields();
            if (!reading) {
                setModelValue(written(), true);
            }
        });
        HorizontalLayout parts = getContent();
        parts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        parts.getStyle().set("flex-wrap", "wrap");
        parts.add(periodType, day, from, to, breakdown);
    }

    @Override
    protected void setPresentationValue(Selection selection) {
        reading = true;
        try {
            binder.readRecord(selection);
            showPeriodFields();
        } finally {
            reading = false;
        }
    }

    private Selection written() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The period fields have no validators", e);
        }
    }

    private void showPeriodFields() {
        boolean custom = periodType.getValue() == PeriodType.CUSTOM;
        day.setVisible(!custom);
        from.setVisible(custom);
        to.setVisible(custom);
    }
}
