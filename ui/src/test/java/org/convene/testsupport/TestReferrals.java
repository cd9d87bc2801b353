package org.convene.testsupport;

import static org.convene.coordination.shared.api.TextRules.UK;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.convene.infra.security.MongoUserDetailsService;
import org.convene.coordination.child.api.RegisterChildCommand;
import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.InvolvedAdult;
import org.convene.coordination.referral.api.ReceiveReferralCommand;
import org.convene.coordination.referral.api.ReferralType;

/** Records a fictitious referral the way intake does: a child record first, then the referral naming it. */
public final class TestReferrals {

    private TestReferrals() {
    }

    /** Sends as the user in the current security context; answers the new child's id. */
    public static String childAndReferral(CommandGateway commands, String referralId, String childName,
                                          ReferralType type, boolean urgent) {
        String childId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterChildCommand(childId, childName, LocalDate.of(2018, 5, 4), false, "2",
                "WBRI", "Northtown", List.of(), false));
        commands.sendAndWait(referral(referralId, childId, type, urgent));
        return childId;
    }

    /**
     * Makes sure a referral about a child of this name is recorded (once per application, whatever
     * the demo data holds), as police.screener: tests that need a known row on the board or the list.
     */
    public static String ensureReferralAbout(CommandGateway commands, MongoUserDetailsService users, String childName)
            throws Exception {
        String childId = knownChildId(childName);
        String referralId = UUID.nameUUIDFromBytes(("test-referral:" + childName).getBytes()).toString();
        TestUsers.run(users, "police.screener", () -> {
            try {
                commands.sendAndWait(new RegisterChildCommand(childId, childName, LocalDate.of(2016, 9, 12), false,
                        "2", "WBRI", "Northtown", List.of(), false));
            } catch (AggregateStreamCreationException alreadyThere) {
                // recorded by an earlier test in this application
            }
            try {
                commands.sendAndWait(referral(referralId, childId, ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION,
                        false));
            } catch (AggregateStreamCreationException alreadyThere) {
                // recorded by an earlier test in this application
            }
        });
        return referralId;
    }

    /** The id of the child record {@link #ensureReferralAbout} makes for this name. */
    public static String knownChildId(String childName) {
        return UUID.nameUUIDFromBytes(("test-child:" + childName).getBytes()).toString();
    }

    /**
     * A referral awaiting screening: a police domestic-abuse notification about a new child (four
     * years old), received three hours ago, as police.screener; it is on the meeting board once
     * projected. Answers the referral's id.
     */
    public static String awaitingScreening(CommandGateway commands, MongoUserDetailsService users, String childName)
            throws Exception {
        String childId = UUID.randomUUID().toString();
        String referralId = UUID.randomUUID().toString();
        Instant receivedAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        TestUsers.run(users, "police.screener", () -> {
            commands.sendAndWait(new RegisterChildCommand(childId, childName, LocalDate.now(UK).minusYears(4),
                    false, null, null, "Northtown", List.of(), false));
            // the incident on the day received (UK): "today" would be after it for the first hours of a day
            commands.sendAndWait(new ReceiveReferralCommand(referralId, receivedAt, "6",
                    ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION, LocalDate.ofInstant(receivedAt, UK),
                    List.of(childId), List.of(), List.of("3A"), DashLevel.MEDIUM,
                    "Police attended; the child was present. Fictitious.", false, null));
        });
        return referralId;
    }

    public static ReceiveReferralCommand referral(String referralId, String childId, ReferralType type,
                                                  boolean urgent) {
        boolean domesticAbuse = type == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION;
        Instant receivedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        // the incident on the day received (UK): "today" would be after it for the first hour of a day
        return new ReceiveReferralCommand(referralId, receivedAt, domesticAbuse ? "6" : "5A",
                type, LocalDate.ofInstant(receivedAt, UK), List.of(childId),
                List.of(new InvolvedAdult("Pat Example", AdultRole.PARENT_OR_CARER)),
                domesticAbuse ? List.of("3A") : List.of(), domesticAbuse ? DashLevel.MEDIUM : null,
                "Fictitious.", urgent, null);
    }
}
