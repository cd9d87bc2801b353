package org.convene.coordination.referral.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;

import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.TextRules;

/**
 * The rules of receiving a referral, as pure functions: the {@code Referral} aggregate applies them,
 * and intake checks a whole referral with them (children included) before it sends anything.
 */
public final class ReferralRules {

    public static final int MAX_CHILDREN = 20;
    public static final int MAX_REFERENCE_LENGTH = 100;
    /** Clocks of different machines disagree a little; a receipt up to this far ahead is accepted. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private ReferralRules() {
    }

    /** Every problem with the referral, in words for the person entering it; {@code now} is the clock's time. */
    public static List<String> receiptProblems(ReceiveReferralCommand command, Instant now) {
        List<String> problems = new ArrayList<>();
        TextRules.requireId(command.referralId(), "referral id", problems);
        checkReceipt(command.receivedAt(), command.sourceCode(), command.type(), now, problems);
        if (command.incidentDate() != null && command.receivedAt() != null
                && command.incidentDate().isAfter(LocalDate.ofInstant(command.receivedAt(), TextRules.UK))) {
            problems.add("The incident date cannot be after the referral was received.");
        }
        List<String> childIds = command.childIds() == null ? List.of() : command.childIds();
        if (childIds.isEmpty()) {
            problems.add("Name at least one child.");
        } else if (childIds.size() > MAX_CHILDREN) {
            problems.add("A referral can name at most " + MAX_CHILDREN + " children.");
        } else if (new HashSet<>(childIds).size() != childIds.size()) {
            problems.add("A child is named twice.");
        }
        for (InvolvedAdult adult : command.adults() == null ? List.<InvolvedAdult>of() : command.adults()) {
            if (adult == null || adult.role() == null) {
                problems.add("Give each adult's role.");
            } else {
                TextRules.requireName(adult.name(), "each adult's name", problems);
            }
        }
        for (String code : command.concernCodes() == null ? List.<String>of() : command.concernCodes()) {
            if (!ReferenceCodes.ASSESSMENT_FACTORS.contains(code)) {
                problems.add("'" + code + "' is not a DfE assessment-factor code.");
            }
        }
        if (command.type() == ReferralType.POLICE_DOMESTIC_ABUSE_NOTIFICATION && command.dashLevel() == null) {
            problems.add("Give the DASH risk level for a domestic-abuse notification.");
        }
        TextRules.optionalText(command.narrative(), "The narrative", TextRules.MAX_NARRATIVE_LENGTH, problems);
        TextRules.optionalText(command.externalReference(), "The source's reference", MAX_REFERENCE_LENGTH, problems);
        return problems;
    }

    private static void checkReceipt(Instant receivedAt, String sourceCode, ReferralType type, Instant now,
                                     List<String> problems) {
        if (receivedAt == null) {
            problems.add("Enter when the referral was received.");
        } else if (receivedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add("The received date and time cannot be in the future.");
        } else if (receivedAt.isBefore(now.minus(Duration.ofDays(366 * 3)))) {
            problems.add("The received date is more than three years ago.");
        }
        if (sourceCode == null || sourceCode.isBlank()) {
            problems.add("Choose the source of referral.");
        } else if (!CodeList.REFERRAL_SOURCE.contains(sourceCode)) {
            problems.add("'" + sourceCode + "' is not a DfE source-of-referral code.");
        }
        if (type == null) {
            problems.add("Choose the type of referral.");
        }
    }
}
