package org.convene.coordination.shared.api;

/**
 * The partnership's register of partner agencies, as seen by the write side (set validation:
 * an action's owner must be a registered agency). Implemented in infra.
 */
public interface KnownAgencies {

    boolean exists(String agencyId);

    /** The agency's name for messages to people, or its id when it is not registered. */
    default String nameOf(String agencyId) {
        return String.valueOf(agencyId);
    }
}
