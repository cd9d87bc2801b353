package org.convene.coordination.panel.api;

/**
 * The four headings of a panel action plan: support for the young person and disruption of those
 * who exploit them. Stored in events: never rename a constant.
 */
public enum ActionHeading {
    PREPARE("Prepare"),
    PREVENT("Prevent"),
    PROTECT("Protect"),
    PURSUE("Pursue");

    private final String label;

    ActionHeading(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
