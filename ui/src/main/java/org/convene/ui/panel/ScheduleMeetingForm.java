package org.convene.ui.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.convene.ui.shared.Formats;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/** The chair schedules a panel meeting: date, start time, chair and location. */
class ScheduleMeetingForm extends PanelFormSection<ScheduleMeetingForm.Meeting> {

    /** The meeting as the chair enters it. */
    public record Meeting(LocalDate date, LocalTime time, String chairName, String location) {
    }

    final DatePicker date = new DatePicker("Meeting date");
    final TimePicker time = new TimePicker("Start time");
    final TextField chairName = new TextField("Chair");
    final TextField location = new TextField("Location");

    ScheduleMeetingForm(String chair) {
        super(Meeting.class, "schedule-errors", "Schedule meeting", "schedule-meeting");
        date.setId("meeting-date");
        date.setLocale(Locale.UK);
        LocalDate earliest = Formats.today().minusDays(31);
        date.setMin(earliest);
        date.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage("Choose a date on or after " + Formats.date(earliest) + "."));
        time.setId("meeting-time");
        time.setLocale(Locale.UK);
        chairName.setId("meeting-chair");
        location.setId("meeting-location");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.forField(date).asRequired("Enter the date of the meeting.").bind("date");
        binder.bindInstanceFields(this);
        binder.readRecord(new Meeting(null, LocalTime.of(10, 0), chair, ""));
        add(new FormLayout(date, time, chairName, location), save);
    }
}
