package org.convene.coordination.referral.api;

import java.util.List;

/**
 * The joint decision of the screening meeting.
 *
 * @param agenciesPresent     ids of the agencies at the meeting
 * @param singleAgencyName    for a single-agency referral: the agency referred to
 * @param levelOfNeed         1 universal, 2 additional, 3 complex / early help, 4 specialist / statutory
 * @param riskScale           Barnardo's domestic violence risk matrix 1–4; required for domestic abuse
 */
public record ScreeningDecision(
        List<String> agenciesPresent,
        ScreeningResponse response,
        String singleAgencyName,
        int levelOfNeed,
        Integer riskScale,
        String rationale,
        List<ActionSpec> actions) {
}
