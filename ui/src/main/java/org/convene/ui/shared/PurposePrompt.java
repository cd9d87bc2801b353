package org.convene.ui.shared;

import java.util.Optional;
import java.util.function.Consumer;

import org.convene.query.audit.api.AccessPurpose;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Asked before a child's record is shown: why are you opening it? The answer goes into the access
 * log with the user, agency and time (the query that opens the record logs it). Links from a
 * context that says why (the screening meeting, the panel agenda) carry {@code ?purpose=} so the
 * question is not asked twice; the screen then says what the opening was logged as.
 */
public class PurposePrompt extends Section {

    public static final String PARAMETER = "purpose";

    final RadioButtonGroup<AccessPurpose> purpose = new RadioButtonGroup<>("Why are you opening this child's record?");
    final Button open;

    public PurposePrompt(String openLabel, Consumer<AccessPurpose> onChosen) {
        setId("purpose-prompt");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.MaxWidth.SCREEN_SMALL);
        H2 heading = new H2("Record access is logged");
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.NONE);
        Paragraph why = new Paragraph("Children's records are shared for safeguarding. Each time one is opened, "
                + "Convene records who opened it, their agency, when, and why. Administrators can see this log.");
        purpose.setItems(AccessPurpose.values());
        purpose.setItemLabelGenerator(AccessPurpose::label);
        purpose.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        purpose.setRequiredIndicatorVisible(true);
        purpose.setId("purpose");
        open = new Button(openLabel, e -> {
            if (purpose.getValue() == null) {
                purpose.setInvalid(true);
                purpose.setErrorMessage("Choose a reason to open the record.");
                return;
            }
            onChosen.accept(purpose.getValue());
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-record");
        add(heading, why, purpose, open);
    }

    /** The purpose named in the address ({@code ?purpose=PANEL}), if it is a known one. */
    public static Optional<AccessPurpose> from(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, java.util.List.of())
                .stream().map(AccessPurpose::parse).flatMap(Optional::stream).findFirst();
    }

    /** The query parameters that open a record for this purpose. */
    public static QueryParameters parameters(AccessPurpose purpose) {
        return QueryParameters.of(PARAMETER, purpose.name());
    }
}
