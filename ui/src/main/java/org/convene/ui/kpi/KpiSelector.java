package org.convene.ui.kpi;

import java.time.LocalDate;
import java.util.Locale;

import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.PeriodType;
import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;

/**
 * The dashboard's period (month, quarter or year containing a day, or a custom range) and
 * breakdown, bound by a Binder to a {@link Selection}; every change fires a {@link ChangeEvent}
 * with the new selection, and the view reads the dashboard for it.
 */
class KpiSelector extends HorizontalLayout {

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

    /** The selection changed. */
    static final class ChangeEvent extends ComponentEvent<Component> {
        private final transient Selection selection;

        ChangeEvent(KpiSelector source, Selection selection) {
            super(source, false);
            this.selection = selection;
        }

        Selection selection() {
            return selection;
        }
    }

    final Select<PeriodType> periodType = new Select<>();
    final DatePicker day = new DatePicker("Period containing");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Select<Breakdown> breakdown = new Select<>();
    private final Binder<Selection> binder = new Binder<>(Selection.class);

    KpiSelector() {
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
        binder.readRecord(new Selection(PeriodType.MONTH, today, today.withDayOfMonth(1), today, Breakdown.NONE));
        showPeriodFields();
        binder.addValueChangeListener(e -> {
            showPeriodFields();
            fireEvent(new ChangeEvent(this, selection()));
        });
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        add(periodType, day, from, to, breakdown);
    }

    Selection selection() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The period fields have no validators", e);
        }
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void showPeriodFields() {
        boolean custom = periodType.getValue() == PeriodType.CUSTOM;
        day.setVisible(!custom);
        from.setVisible(custom);
        to.setVisible(custom);
    }
}
