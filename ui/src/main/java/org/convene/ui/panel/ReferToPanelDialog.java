package org.convene.ui.panel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.panel.api.ExploitationType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.panel.api.ReferYoungPersonToPanelCommand;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.convene.ui.shared.Formats;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An agency's direct referral of a young person to the exploitation panel: find the young person's
 * record by name and date of birth, the types of exploitation, the initial risk level and the
 * reason. A young person with an open case has the concern joined to it.
 */
public class ReferToPanelDialog extends Dialog {

    final TextField name = new TextField("Young person's name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final Button find = new Button("Find");
    final RadioButtonGroup<ChildMatch> child = new RadioButtonGroup<>();
    final CheckboxGroup<ExploitationType> types = new CheckboxGroup<>();
    final RadioButtonGroup<PanelRiskLevel> risk = new RadioButtonGroup<>();
    final TextArea reason = new TextArea("Reason for the referral");
    final ProblemList errors = new ProblemList("refer-errors");
    final Button save = new Button("Refer to the panel");

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final String panelReferralId = UUID.randomUUID().toString();

    public ReferToPanelDialog(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        setHeaderTitle("Refer a young person to the exploitation panel");
        setWidth("min(48rem, 100vw)");
        name.setId("refer-name");
        dateOfBirth.setId("refer-dob");
        dateOfBirth.setLocale(Locale.UK);
        find.setId("refer-find");
        find.addClickListener(e -> search());
        child.setLabel("Young person");
        child.setId("refer-child");
        child.setItemLabelGenerator(m -> m.fullName() + ", born " + Formats.date(m.dateOfBirth())
                + (m.locality() == null ? "" : ", " + m.locality()));
        types.setLabel("Types of exploitation");
        types.setItems(ExploitationType.values());
        types.setItemLabelGenerator(ExploitationType::label);
        types.setId("refer-types");
        risk.setLabel("Initial risk level");
        risk.setItems(PanelRiskLevel.values());
        risk.setItemLabelGenerator(PanelRiskLevel::label);
        risk.setId("refer-risk");
        reason.setId("refer-reason");
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.setMaxLength(4_000);
        FormLayout search = new FormLayout(name, dateOfBirth, find);
        add(errors, search, child, types, risk, reason);
        save.setId("refer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void search() {
        errors.clear();
        if (name.isEmpty() || dateOfBirth.isEmpty()) {
            errors.show(List.of("Enter the young person's name and date of birth to find their record."));
            return;
        }
        try {
            List<ChildMatch> matches = queryGateway.query(new FindLikelyChildMatchesQuery(name.getValue().strip(),
                    dateOfBirth.getValue()), ResponseTypes.multipleInstancesOf(ChildMatch.class))
                    .get(10, TimeUnit.SECONDS);
            child.setItems(matches);
            if (matches.size() == 1) {
                child.setValue(matches.get(0));
            }
            if (matches.isEmpty()) {
                errors.show(List.of("No record matches. A screener can record the young person first."));
            }
        } catch (Exception e) {
            errors.show(UserMessages.problems(e));
        }
    }

    List<String> check() {
        List<String> problems = new ArrayList<>();
        if (child.getValue() == null) {
            problems.add("Find and choose the young person.");
        }
        if (types.getValue().isEmpty()) {
            problems.add("Choose at least one type of exploitation.");
        }
        if (risk.getValue() == null) {
            problems.add("Choose the initial risk level (low, medium or high).");
        }
        if (reason.getValue().isBlank()) {
            problems.add("Give the reason for the referral.");
        }
        return problems;
    }

    void save() {
        List<String> problems = check();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        List<ExploitationType> chosen = new ArrayList<>(EnumSet.copyOf(types.getValue()));
        try {
            commandGateway.sendAndWait(new ReferYoungPersonToPanelCommand(child.getValue().childId(), panelReferralId,
                    chosen, risk.getValue(), reason.getValue()));
        } catch (RuntimeException e) {
            errors.show(UserMessages.problems(e));
            return;
        }
        Notification.show("Referred to the exploitation panel: " + child.getValue().fullName() + ".")
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
    }
}
