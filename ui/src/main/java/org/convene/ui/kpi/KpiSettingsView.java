package org.convene.ui.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.coordination.kpi.api.ChangeKpiSettingsCommand;
import org.convene.coordination.kpi.api.KpiThresholds;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.kpi.api.FindKpiSettingsQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiSettings;
import org.convene.query.kpi.api.KpiTarget;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.AgencyNames;
import org.convene.ui.shared.ProblemList;
import org.convene.ui.shared.UserMessages;

/**
 * An administrator sets the child population (for rates per 10,000) and the KPIs' red / amber /
 * green targets; each change is recorded with who made it and when, and listed below (decision 0028).
 */
@Route(value = "kpi/settings", layout = MainLayout.class)
@PageTitle("KPI targets | Convene")
@RolesAllowed(Roles.ADMINISTRATOR)
public class KpiSettingsView extends Main {

    final IntegerField population = new IntegerField("Child population (aged 0 to 17)");
    final TextField populationSource = new TextField("Source of the population figure");
    final Map<Kpi, NumberField[]> targets = new LinkedHashMap<>();
    final Div message = new Div();
    final ProblemList problems = new ProblemList("kpi-settings-problems");
    final Button save = new Button("Save targets");
    /** Offered when someone changed the settings since the form was filled. */
    final Button reload = new Button("Reload the settings");
    final KpiSettingsHistory history;

    private final QueryGateway queries;
    private final CommandGateway commands;
    /** The settings' version the form was filled from (decision 0022). */
    private Long shownVersion;

    public KpiSettingsView(QueryGateway queries, CommandGateway commands, AgencyNames agencies) {
        this.queries = queries;
        this.commands = commands;
        addClassNames(LumoUtility.Padding.MEDIUM);
        population.setId("kpi-population");
        population.setMin(1);
        population.setMax(ChangeKpiSettingsCommand.MAX_CHILD_POPULATION);
        populationSource.setId("kpi-population-source");
        populationSource.setWidth("30rem");
        populationSource.setHelperText("e.g. ONS mid-year population estimate 2025, aged 0 to 17");
        message.setId("kpi-settings-message");
        message.getElement().setAttribute("role", "status");
        add(new H1("KPI targets"),
                new Paragraph("The status of a KPI is Green when the figure is at least as good as the Green "
                        + "threshold, Amber when at least as good as the Amber threshold, and Red otherwise. Leave "
                        + "both empty for no target."),
                new HorizontalLayout(population, populationSource), new H2("Targets"));
        for (Kpi kpi : Kpi.values()) {
            if (kpi.direction() != Kpi.Direction.NEUTRAL) {
                add(targetRow(kpi));
            }
        }
        save.setId("kpi-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        reload.setId("kpi-settings-reload");
        reload.addClickListener(e -> {
            problems.clear();
            fill();
        });
        history = new KpiSettingsHistory(queries, agencies.all());
        add(save, problems, message, history);
        fill();
    }

    private HorizontalLayout targetRow(Kpi kpi) {
        String better = kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER ? "at least" : "at most";
        String id = kpi.name().toLowerCase(Locale.UK).replace('_', '-');
        NumberField green = new NumberField("Green: " + better);
        NumberField amber = new NumberField("Amber: " + better);
        green.setId("green-" + id);
        amber.setId("amber-" + id);
        targets.put(kpi, new NumberField[] {green, amber});
        Paragraph name = new Paragraph(kpi.label());
        name.setWidth("22rem");
        HorizontalLayout row = new HorizontalLayout(name, green, amber);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Fills the form from the settings in force, and remembers their version. */
    void fill() {
        KpiSettings current = queries.query(new FindKpiSettingsQuery(), ResponseTypes.instanceOf(KpiSettings.class))
                .join();
        shownVersion = current.version();
        population.setValue(current.childPopulation());
        populationSource.setValue(current.populationSource() == null ? "" : current.populationSource());
        targets.forEach((kpi, fields) -> {
            KpiTarget t = current.target(kpi);
            fields[0].setValue(t == null ? null : t.green());
            fields[1].setValue(t == null ? null : t.amber());
        });
    }

    void save() {
        problems.clear();
        message.setText("");
        Map<String, KpiThresholds> chosen = new LinkedHashMap<>();
        for (Map.Entry<Kpi, NumberField[]> e : targets.entrySet()) {
            Double green = e.getValue()[0].getValue();
            Double amber = e.getValue()[1].getValue();
            if (green == null && amber == null) {
                continue;
            }
            if (green == null || amber == null) {
                problems.show(List.of("Enter both thresholds for \"" + e.getKey().label() + "\", or neither."));
                return;
            }
            chosen.put(e.getKey().name(), new KpiThresholds(green, amber));
        }
        try {
            commands.sendAndWait(new ChangeKpiSettingsCommand(population.getValue() == null ? 0
                    : population.getValue(), populationSource.getValue(), chosen, shownVersion));
            message.setText("Saved. The dashboard uses these targets from now on.");
        } catch (RuntimeException ex) {
            problems.show(UserMessages.problems(ex));
            if (UserMessages.changedMeanwhile(ex)) {
                problems.add(reload);
            }
        }
    }
}
