package org.convene.ui.kpi;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import org.convene.coordination.shared.api.Roles;
import org.convene.query.kpi.api.FindKpiSettingsQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiSettings;
import org.convene.query.kpi.api.KpiTarget;
import org.convene.query.kpi.api.UpdateKpiSettingsCommand;
import org.convene.ui.MainLayout;
import org.convene.ui.shared.UserMessages;

/** An administrator sets the child population (for rates per 10,000) and the KPIs' red / amber / green targets. */
@Route(value = "kpi/settings", layout = MainLayout.class)
@PageTitle("KPI targets | Convene")
@RolesAllowed(Roles.ADMINISTRATOR)
public class KpiSettingsView extends Main {

    final IntegerField population = new IntegerField("Child population (aged 0 to 17)");
    final TextField populationSource = new TextField("Source of the population figure");
    final Map<Kpi, NumberField[]> targets = new LinkedHashMap<>();
    final Div message = new Div();
    final Button save = new Button("Save targets");

    private final CommandGateway commands;

    public KpiSettingsView(QueryGateway queries, CommandGateway commands) {
        this.commands = commands;
        addClassNames(LumoUtility.Padding.MEDIUM);
        KpiSettings current = queries.query(new FindKpiSettingsQuery(), ResponseTypes.instanceOf(KpiSettings.class))
                .join();
        population.setId("kpi-population");
        population.setMin(1);
        population.setValue(current.childPopulation());
        populationSource.setId("kpi-population-source");
        populationSource.setValue(current.populationSource() == null ? "" : current.populationSource());
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
            if (kpi.direction() == Kpi.Direction.NEUTRAL) {
                continue;
            }
            String better = kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER ? "at least" : "at most";
            NumberField green = new NumberField("Green: " + better);
            NumberField amber = new NumberField("Amber: " + better);
            String id = kpi.name().toLowerCase(java.util.Locale.UK).replace('_', '-');
            green.setId("green-" + id);
            amber.setId("amber-" + id);
            KpiTarget t = current.target(kpi);
            if (t != null) {
                green.setValue(t.green());
                amber.setValue(t.amber());
            }
            targets.put(kpi, new NumberField[] {green, amber});
            Paragraph name = new Paragraph(kpi.label());
            name.setWidth("22rem");
            HorizontalLayout row = new HorizontalLayout(name, green, amber);
            row.setDefaultVerticalComponentAlignment(
                    com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            add(row);
        }
        save.setId("kpi-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(save, message);
    }

    void save() {
        Map<Kpi, KpiTarget> chosen = new EnumMap<>(Kpi.class);
        for (Map.Entry<Kpi, NumberField[]> e : targets.entrySet()) {
            Double green = e.getValue()[0].getValue();
            Double amber = e.getValue()[1].getValue();
            if (green == null && amber == null) {
                continue;
            }
            if (green == null || amber == null) {
                message.setText("Enter both thresholds for \"" + e.getKey().label() + "\", or neither.");
                return;
            }
            chosen.put(e.getKey(), new KpiTarget(green, amber));
        }
        try {
            commands.sendAndWait(new UpdateKpiSettingsCommand(new KpiSettings(
                    population.getValue() == null ? 0 : population.getValue(), populationSource.getValue(), chosen)));
            message.setText("Saved. The dashboard uses these targets from now on.");
        } catch (RuntimeException ex) {
            message.setText(String.join(" ", UserMessages.problems(ex)));
        }
    }

    List<Kpi> kpisWithTargets() {
        return List.copyOf(targets.keySet());
    }
}
