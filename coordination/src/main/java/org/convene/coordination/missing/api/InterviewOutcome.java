package org.convene.coordination.missing.api;

/** How an offered return interview ended. Stored in events: never rename a constant. */
public enum InterviewOutcome {
    COMPLETED("Completed"),
    DECLINED_BY_CHILD("Declined by the child"),
    DECLINED_BY_PARENT_OR_CARER("Declined by the parent or carer"),
    NOT_POSSIBLE("Not possible");

    private final String label;

    InterviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
