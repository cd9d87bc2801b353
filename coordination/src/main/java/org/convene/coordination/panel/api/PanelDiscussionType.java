package org.convene.coordination.panel.api;

/**
 * Whether a discussion was the case's first at the panel (a new young person) or a review.
 * Stored in events: never rename a constant.
 */
public enum PanelDiscussionType {
    NEW("New"),
    REVIEW("Review");

    private final String label;

    PanelDiscussionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
