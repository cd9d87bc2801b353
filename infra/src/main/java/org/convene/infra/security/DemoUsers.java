package org.convene.infra.security;

import java.util.List;

import org.convene.coordination.shared.api.Roles;
import org.convene.infra.store.MongoStoreConfiguration.EmbeddedStoreHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fictitious agencies of the fictitious county of Northshire and one demo user per role, created on
 * the embedded store (or wherever {@code convene.demo.users=true}). Every demo user's password is
 * {@code convene.demo.password}; it is stored only as a BCrypt hash, and changing the setting
 * changes the stored hash at the next start.
 */
@Component
public class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    public static final List<Agency> AGENCIES = List.of(
            new Agency("northshire-police", "Northshire Police", "statutory partner"),
            new Agency("northshire-csc", "Northshire Children's Social Care", "statutory partner"),
            new Agency("northshire-health", "Northshire Integrated Care Board (health)", "statutory partner"),
            new Agency("northshire-education", "Northshire Education Safeguarding", "relevant agency"),
            new Agency("safe-steps", "Safe Steps Youth Charity", "voluntary and community sector"),
            new Agency("partnership-unit", "Northshire Safeguarding Partnership business unit", "partnership"));

    /** username, display name, agency, role. */
    public static final List<String[]> USERS = List.of(
            new String[] {"police.screener", "PC Dana Whitfield", "northshire-police", Roles.SCREENER},
            new String[] {"social.screener", "Sam Okafor (social worker)", "northshire-csc", Roles.SCREENER},
            new String[] {"health.screener", "Priya Nair (health visitor)", "northshire-health", Roles.SCREENER},
            new String[] {"mash.chair", "Jo Marsh (MASH manager)", "northshire-csc", Roles.MEETING_CHAIR},
            new String[] {"panel.chair", "Chris Lyle (panel chair)", "northshire-csc", Roles.PANEL_CHAIR},
            new String[] {"panel.member", "DS Alex Rowe", "northshire-police", Roles.PANEL_MEMBER},
            new String[] {"return.worker", "Morgan Ellis (return interviews)", "safe-steps", Roles.RETURN_INTERVIEW_WORKER},
            new String[] {"analyst", "Lee Hart (performance analyst)", "partnership-unit", Roles.ANALYST},
            new String[] {"admin", "Robin Shaw (business unit)", "partnership-unit", Roles.ADMINISTRATOR});

    private final MongoTemplate mongo;
    private final PasswordEncoder passwordEncoder;
    private final boolean enabled;
    private final String password;

    public DemoUsers(MongoTemplate mongo, PasswordEncoder passwordEncoder, EmbeddedStoreHolder embedded,
                     @Value("${convene.demo.users:}") String enabledSetting,
                     @Value("${convene.demo.password:}") String password) {
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
        this.enabled = enabledSetting.isBlank() ? embedded.isEmbedded() : Boolean.parseBoolean(enabledSetting);
        this.password = password;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    public void createDemoUsers() {
        if (!enabled) {
            return;
        }
        if (password == null || password.length() < 8) {
            throw new IllegalStateException("convene.demo.password (CONVENE_DEMO_PASSWORD) must be at least 8 "
                    + "characters when demo users are enabled.");
        }
        AGENCIES.forEach(mongo::save);
        int created = 0;
        for (String[] u : USERS) {
            UserAccount existing = mongo.findById(u[0], UserAccount.class);
            if (existing == null || !passwordEncoder.matches(password, existing.passwordHash())) {
                mongo.save(new UserAccount(u[0], passwordEncoder.encode(password), u[1], u[2], List.of(u[3]), true));
                created++;
            }
        }
        log.info("Demo users ready ({} created or updated): {}. All are fictitious.", created,
                USERS.stream().map(u -> u[0]).toList());
    }
}
