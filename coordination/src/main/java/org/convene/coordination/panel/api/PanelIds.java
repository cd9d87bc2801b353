package org.convene.coordination.panel.api;

/**
 * Identifiers of the panel feature. A young person's panel record (all their panel cases, one open
 * at a time) is one aggregate whose id is derived from the child id, so commands name the child.
 */
public final class PanelIds {

    private static final String RECORD_PREFIX = "exploitation-panel:";

    private PanelIds() {
    }

    /** The aggregate id of the young person's panel record. */
    public static String recordOf(String childId) {
        return RECORD_PREFIX + childId;
    }

    /** The id of the young person's n-th panel case (n from 1). */
    public static String caseId(String childId, int caseNumber) {
        return RECORD_PREFIX + childId + ":" + caseNumber;
    }

    /** The panel referral id used for a screening decision's referral of one child. */
    public static String fromScreeningDecision(String decisionId, String childId) {
        return "screening:" + decisionId + ":" + childId;
    }

    /** The panel referral id used for a missing flag. */
    public static String fromMissingFlag(String flagId) {
        return "missing:" + flagId;
    }
}
