package org.convene.query.referral.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReferralType;

/**
 * One referral on the meeting board.
 *
 * @param screeningDueBy       end of the first working day after receipt (WorkingDays.screeningDueBy)
 * @param contributingAgencies ids of agencies that have recorded their checks
 * @param overdueActions       open actions past their due date (from earlier decisions, after a revision)
 * @param removed              true in a live update when the referral left the board (decided, withdrawn)
 */
public record MeetingBoardItem(
        String referralId,
        Instant receivedAt,
        String sourceCode,
        String sourceDescription,
        ReferralType type,
        boolean urgent,
        DashLevel dashLevel,
        List<ChildRef> children,
        List<String> contributingAgencies,
        Instant screeningDueBy,
        int overdueActions,
        boolean removed) {

    /**
     * The board's one order, used by the projection and the live board alike: urgent first, then
     * DASH high to standard (none last), then oldest receipt first, then referral id.
     */
    public static final Comparator<MeetingBoardItem> BOARD_ORDER = Comparator
            .comparing((MeetingBoardItem i) -> !i.urgent())
            .thenComparingInt(i -> dashRank(i.dashLevel()))
            .thenComparing(MeetingBoardItem::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MeetingBoardItem::referralId);

    /** Whether the 1-working-day target is missed at {@code now}. */
    public boolean targetMissed(Instant now) {
        return !now.isBefore(screeningDueBy);
    }

    private static int dashRank(DashLevel level) {
        if (level == null) {
            return 3;
        }
        return switch (level) {
            case HIGH -> 0;
            case MEDIUM -> 1;
            case STANDARD -> 2;
        };
    }
}
