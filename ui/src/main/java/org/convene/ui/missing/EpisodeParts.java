package org.convene.ui.missing;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.DescriptionList;

/** What the missing episode's parts share. */
final class EpisodeParts {

    private EpisodeParts() {
    }

    /** A date-time picker in UK style. */
    static DateTimePicker ukPicker(DateTimePicker picker, String id) {
        picker.setLocale(Locale.UK);
        picker.setId(id);
        return picker;
    }

    /** A term and its value, left out when there is no value. */
    static void item(DescriptionList list, String term, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("; ", values);
    }
}
