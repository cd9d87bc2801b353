package org.convene.ui.kpi;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.convene.coordination.kpi.api.ChangeKpiSettingsCommand;
import org.convene.coordination.kpi.api.KpiSettingsId;
import org.convene.coordination.kpi.api.KpiThresholds;
import org.convene.coordination.shared.api.Roles;
import org.convene.query.kpi.api.FindKpiSettingsQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiSettings;
import org.convene.query.kpi.api.KpiSettingsChange;
import org.convene.testsupport.TestUsers;
import org.convene.ui.KaribuViewTestBase;
import org.junit.jupiter.api.Test;

/**
 * Decision 0028 on the settings page: a change is listed in the history with who made it and when;
 * a screen opened before another administrator's change is refused naming them, and stores nothing.
 */
class KpiSettingsViewTest extends KaribuViewTestBase {

    private KpiSettings settingsInForce() {
        return queryGateway.query(new FindKpiSettingsQuery(),
                ResponseTypes.instanceOf(KpiSettings.class)).join();
    }

    private KpiSettingsView open() {
        loginAs("admin");
        UI.getCurrent().navigate(KpiSettingsView.class);
        return _get(KpiSettingsView.class);
    }

    private long settingsEvents() {
        return mongo.getCollection("domainevents")
                .countDocuments(Filters.eq("aggregateIdentifier", KpiSettingsId.PARTNERSHIP));
    }

    @Test
    void aChangeIsListedInTheHistoryWithWhoAndWhen() {
        KpiSettingsView view = open();
        int before = view.population.getValue();
        Instant sent = Instant.now();
        view.population.setValue(before + 7);
        view.save();
        assertThat(view.message.getText()).startsWith("Saved.");

        assertThat(eventually(TIMEOUT, () -> view.history.shown().stream()
                .anyMatch(c -> c.what().equals("Child population") && c.to().startsWith(
                        String.format(java.util.Locale.UK, "%,d", before + 7))))).isTrue();
        KpiSettingsChange change = view.history.shown().get(0);
        assertThat(change.userId()).isEqualTo("admin");
        assertThat(change.agencyId()).isEqualTo("partnership-unit");
        assertThat(change.at()).isBetween(sent.minusSeconds(1), Instant.now());
        assertThat(change.from()).startsWith(String.format(java.util.Locale.UK, "%,d", before));

        // put it back for the other tests
        view.population.setValue(before);
        view.save();
        assertThat(view.message.getText()).startsWith("Saved.");
    }

    @Test
    void aScreenOpenedBeforeAnotherAdministratorsChangeIsRefusedNamingThemAndStoresNothing() throws Exception {
        // the screen shows the settings' latest version (the carry-over at start, at least)
        loginAs("admin");
        assertThat(eventually(TIMEOUT, () -> settingsInForce().version() != null)).isTrue();
        KpiSettingsView view = open();
        int population = view.population.getValue();

        // meanwhile a second administrator, from the police, changes the population elsewhere
        TestUsers.ensure(mongo, "admin.deputy", "Kim Ward (police systems)",
                "northshire-police", Roles.ADMINISTRATOR);
        KpiSettings shown = settingsInForce();
        Map<String, KpiThresholds> targets = new java.util.LinkedHashMap<>();
        shown.targets().forEach((k, t) -> targets.put(k.name(), new KpiThresholds(t.green(), t.amber())));
        TestUsers.run(users, "admin.deputy", () -> commandGateway.sendAndWait(
                new ChangeKpiSettingsCommand(population + 3, shown.populationSource(), targets, null)));
        long events = settingsEvents();

        view.targets.get(Kpi.ETHNICITY_RECORDED)[0].setValue(99.0);
        view.save();
        assertThat(view.problems.getElement().getTextRecursively()).startsWith(
                "While you had this open, admin.deputy (Northshire Police) changed the child population");
        assertThat(view.message.getText()).isEmpty();
        assertThat(settingsEvents()).isEqualTo(events);

        // the reload fills the form from the settings now in force
        assertThat(eventually(TIMEOUT, () -> settingsInForce().childPopulation() == population + 3)).isTrue();
        _click(_get(Button.class, spec -> spec.withId("kpi-settings-reload")));
        assertThat(view.population.getValue()).isEqualTo(population + 3);
        assertThat(view.targets.get(Kpi.ETHNICITY_RECORDED)[0].getValue()).isNotEqualTo(99.0);

        // put it back for the other tests (the administrator's own change)
        view.population.setValue(population);
        view.save();
        assertThat(view.message.getText()).startsWith("Saved.");
    }
}
