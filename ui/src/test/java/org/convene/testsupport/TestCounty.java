package org.convene.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.referral.api.RecordAgencyContributionCommand;
import org.convene.coordination.referral.api.RecordScreeningDecisionCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningDecision;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.infra.security.MongoUserDetailsService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The small fictitious county every ui Spring test starts from (the demo month lives in the demo
 * module, which ui tests do not see: decision 0025): on the empty store, {@value #REFERRALS}
 * referrals recorded this morning (police domestic-abuse notifications and professional concerns),
 * every other one screened by the meeting, and one young person reported missing, so that lists,
 * the board and the KPI figures have something in them before a test adds its own.
 */
@TestComponent
public record TestCounty(CommandGateway commands, MongoUserDetailsService users, MongoTemplate mongo) {

    public static final int REFERRALS = 14;

    /** First among the start-up listeners, like the demo month: the store is empty only before the KPI settings carry-over. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void load() throws Exception {
        if (mongo.getCollection("domainevents").estimatedDocumentCount() > 0) {
            return;
        }
        for (int n = 0; n < REFERRALS; n++) {
            String referralId = UUID.randomUUID().toString();
            String childName = "County Child " + (char) ('A' + n);
            ReferralType type = n % 2 == 0 ? ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION
                    : ReferralType.PROFESSIONAL_CONCERN;
            TestUsers.run(users, "police.screener", () -> TestReferrals.childAndReferral(commands, referralId,
                    childName, type, false));
            if (n % 2 == 1) {
                TestUsers.run(users, "police.screener", () -> commands.sendAndWait(
                        new RecordAgencyContributionCommand(referralId, false, "No police information held.")));
                TestUsers.run(users, "mash.chair", () -> commands.sendAndWait(new RecordScreeningDecisionCommand(
                        referralId, UUID.randomUUID().toString(), new ScreeningDecision(List.of("northshire-police",
                        "northshire-csc", "northshire-health"),
                        ScreeningResponse.NO_FURTHER_ACTION, null, 1, null,
                        "Nothing further needed (fictitious test rationale).", List.of()))));
            }
        }
        String childId = TestChildren.registered(commands, users, "County Teenager");
        TestChildren.missing(commands, users, childId, Instant.now().minus(5, ChronoUnit.HOURS), MissingRiskLevel.LOW);
    }
}
