package org.convene.testsupport;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.convene.infra.security.MongoUserDetailsService;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For Spring Boot tests that look for a known row: before each test, a referral about
 * {@value #CHILD_NAME} is recorded (once per application, whatever the demo month holds; see
 * {@link TestReferrals#ensureReferralAbout}). Use as {@code @ExtendWith(KnownReferral.class)}.
 */
public final class KnownReferral implements BeforeEachCallback {

    public static final String CHILD_NAME = "Noor Castellane";

    /** The id of {@value #CHILD_NAME}'s record. */
    public static String childId() {
        return TestReferrals.knownChildId(CHILD_NAME);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        TestReferrals.ensureReferralAbout(application.getBean(CommandGateway.class),
                application.getBean(MongoUserDetailsService.class), CHILD_NAME);
    }
}
