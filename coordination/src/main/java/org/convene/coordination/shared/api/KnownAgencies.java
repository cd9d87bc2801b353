package org.convene.coordination.shared.api;

/**
 * The partnership's register of partner agencies, as seen by the write side (set validation:
 * an action's owner must be a registered agency). Implemented in infra.
 */
public interface KnownAgencies {

    boolean exists(String agencyId);
}
