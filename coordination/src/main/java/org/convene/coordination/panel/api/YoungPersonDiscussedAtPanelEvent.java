package org.convene.coordination.panel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.convene.coordination.shared.api.RecordedBy;

/**
 * The panel discussed a young person and agreed the outcome. Actions agreed follow as
 * {@link PanelActionAgreedEvent}s; a closure follows as {@link PanelCaseClosedEvent}. Permanent.
 *
 * @param meetingId         the panel meeting (may be {@code null} for a discussion outside a scheduled meeting)
 * @param discussedOn       the meeting date (when it happened; {@code recordedAt} is when it was recorded)
 * @param discussionType    {@link PanelDiscussionType#NEW} for the case's first discussion, else a review
 * @param previousRiskLevel the case's risk level before (the referrer's initial level for a first discussion;
 *                          {@code null} when none was given)
 * @param riskLevel         the risk level agreed now
 * @param nextReviewDate    {@code null} only when the case is closed at this discussion
 * @param caseReferredAt    when the case was first referred (time from referral to first discussion)
 */
public record YoungPersonDiscussedAtPanelEvent(
        String childId,
        String caseId,
        String discussionId,
        String meetingId,
        LocalDate discussedOn,
        PanelDiscussionType discussionType,
        PanelRiskLevel previousRiskLevel,
        PanelRiskLevel riskLevel,
        String rationale,
        List<ExploitationType> exploitationTypes,
        List<String> placesOfConcern,
        List<String> peerGroupsOfConcern,
        LocalDate nextReviewDate,
        Instant caseReferredAt,
        RecordedBy recordedBy,
        Instant recordedAt) {
}
