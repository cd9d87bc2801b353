package org.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.convene.coordination.shared.api.WorkingDays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The demo month a new user first sees (the default 25 referrals a working day, on its own empty
 * store), as a practitioner would judge it: the panel triggers act on its history, and the
 * exploitation panel's open cases are a county's usual caseload of young people, not a screening
 * decision for every fifth referral and not babies.
 */
class DemoMonthTest {

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void loadTheDemoMonth() throws Exception {
        app = TestApplication.start(dataDir, true);
        app.getBean(CountyStore.class).awaitProjections();
    }

    @AfterAll
    static void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void thePanelHoldsADozenOrSoYoungPeopleAllTenOrOlder() throws Exception {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        List<String> open = new ArrayList<>();
        // the panel triggers (screening decisions, high-risk and repeat missing) run after the history
        // is loaded; they are done once the open cases stop changing
        long before = -1;
        for (int i = 0; i < 60 && before != open.size(); i++) {
            before = open.size();
            Thread.sleep(1_000);
            open.clear();
            mongo.getCollection("panel_open_cases").find().forEach(d -> open.add(d.getString("_id")));
        }
        LocalDate today = LocalDate.now(WorkingDays.UK);
        List<String> tooYoung = new ArrayList<>();
        for (String childId : open) {
            Document child = mongo.getCollection("children").find(new Document("_id", childId)).first();
            assertThat(child).as("the child record of young person %s", childId).isNotNull();
            LocalDate dateOfBirth = child.get("dateOfBirth", java.util.Date.class).toInstant()
                    .atZone(WorkingDays.UK).toLocalDate();
            if (dateOfBirth.isAfter(today.minusYears(10))) {
                tooYoung.add(child.getString("fullName") + " (" + dateOfBirth + ")");
            }
        }

        assertThat(open).as("open panel cases after the demo month").hasSizeBetween(8, 30);
        assertThat(tooYoung).as("young people under 10 on the exploitation panel").isEmpty();
    }
}
