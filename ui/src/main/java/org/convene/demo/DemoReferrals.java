package org.convene.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.coordination.referral.api.RecordReferralCommand;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.infra.store.MongoStoreConfiguration.EmbeddedStoreHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * A few fictitious referrals, recorded through the real command path as the demo police screener
 * when the embedded store starts empty, so a first look at the app shows a list. Names are made up.
 */
@Component
class DemoReferrals {

    private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<String> NAMES = List.of("Kayden Brightwater", "Amira Fenwick", "Tobias Quill",
            "Lola Marchetti", "Reuben Ashdown", "Skye Pemberton", "Hamza Oduya", "Freya Lockhart",
            "Milo Trevanion", "Zara Kettleby", "Ellis Ravensworth", "Noor Castellane");

    private final CommandGateway commandGateway;
    private final MongoTemplate mongo;
    private final MongoUserDetailsService users;
    private final boolean enabled;

    DemoReferrals(CommandGateway commandGateway, MongoTemplate mongo, MongoUserDetailsService users,
                  EmbeddedStoreHolder embedded, @Value("${convene.demo.referrals:}") String setting) {
        this.commandGateway = commandGateway;
        this.mongo = mongo;
        this.users = users;
        this.enabled = setting.isBlank() ? embedded.isEmbedded() : Boolean.parseBoolean(setting);
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordDemoReferrals() {
        if (!enabled || mongo.getCollection("domainevents").estimatedDocumentCount() > 0) {
            return;
        }
        UserDetails screener = users.loadUserByUsername("police.screener");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(screener, null,
                screener.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            Random random = new Random(20261123L);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            LocalDate today = LocalDate.now(UK);
            for (int i = 0; i < NAMES.size(); i++) {
                boolean domesticAbuse = random.nextInt(10) < 6;
                commandGateway.sendAndWait(new RecordReferralCommand(
                        UUID.nameUUIDFromBytes(("demo-referral-" + i).getBytes()).toString(),
                        now.minus(NAMES.size() - i, ChronoUnit.HOURS).minus(random.nextInt(50), ChronoUnit.MINUTES),
                        domesticAbuse ? "6" : List.of("2A", "3B", "5A", "1A").get(random.nextInt(4)),
                        domesticAbuse ? ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION
                                : ReferralType.PROFESSIONAL_CONCERN,
                        NAMES.get(i),
                        today.minusDays(365L + random.nextInt(16 * 365)),
                        domesticAbuse
                                ? "Police attended a verbal argument between the parents; the child was present. "
                                + "Fictitious demo record."
                                : "Professional concern about the child's presentation and attendance. "
                                + "Fictitious demo record.",
                        random.nextInt(8) == 0));
            }
            log.info("Recorded {} fictitious demo referrals", NAMES.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
