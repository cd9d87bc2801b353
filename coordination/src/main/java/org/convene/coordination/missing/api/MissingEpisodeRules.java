package org.convene.coordination.missing.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.convene.coordination.shared.api.TextRules;

/**
 * The rules of a missing notification and of a child's return, as pure functions: the {@code
 * MissingEpisode} aggregate applies them, and intake checks a notification with them before it
 * sends anything.
 */
public final class MissingEpisodeRules {

    /** Clocks of different machines disagree a little; a time up to this far ahead is accepted. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    public static final int MAX_TEXT = 4_000;

    private MissingEpisodeRules() {
    }

    /** Every problem with the notification (not its child), in words for the person entering it. */
    public static List<String> reportProblems(ReportMissingEpisodeCommand c, Instant now) {
        List<String> problems = new ArrayList<>();
        TextRules.requireId(c.episodeId(), "episode id", problems);
        if (c.missingFrom() == null) {
            problems.add("Say whether the child is missing from home or from care.");
        } else if (c.missingFrom() == MissingFrom.CARE && c.careAbsenceType() == null) {
            problems.add("For a looked-after child, choose M (missing) or A (away from placement without "
                    + "authorisation).");
        } else if (c.missingFrom() == MissingFrom.HOME && c.careAbsenceType() != null) {
            problems.add("M and A apply only to a child missing from care.");
        }
        if (c.lastSeenAt() == null) {
            problems.add("Enter when the child was last seen.");
        } else if (c.lastSeenAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add("The time last seen cannot be in the future.");
        } else if (c.lastSeenAt().isBefore(now.minus(Duration.ofDays(366)))) {
            problems.add("The time last seen is more than a year ago.");
        }
        if (c.riskLevel() == null) {
            problems.add("Choose the police risk level.");
        }
        TextRules.requireText(c.policeReference(), "Enter the police reference.", 100, problems);
        TextRules.optionalText(c.reportedBy(), "Reported by", 200, problems);
        TextRules.optionalText(c.circumstances(), "The circumstances", TextRules.MAX_NARRATIVE_LENGTH, problems);
        TextRules.optionalText(c.lastKnownLocation(), "The last known location", 500, problems);
        return problems;
    }

    /** Every problem with a return, given when the child was last seen. */
    public static List<String> returnProblems(RecordChildReturnedCommand c, Instant lastSeenAt, Instant now) {
        List<String> problems = new ArrayList<>();
        if (c.returnedAt() == null) {
            problems.add("Enter when the child was found or returned.");
        } else if (lastSeenAt != null && c.returnedAt().isBefore(lastSeenAt)) {
            problems.add("The return cannot be before the child was last seen.");
        } else if (c.returnedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add("The return cannot be in the future.");
        }
        TextRules.optionalText(c.whereFound(), "Where found", 500, problems);
        TextRules.optionalText(c.foundBy(), "Found by", 200, problems);
        TextRules.optionalText(c.harmOrInjury(), "Harm or injury", MAX_TEXT, problems);
        return problems;
    }
}
