package org.convene.coordination.missing.api;

import java.util.List;

/**
 * What a completed return interview found.
 *
 * @param pushFactors            why the child left (e.g. conflict at home)
 * @param pullFactors            what drew the child away (e.g. older peers, gifts)
 * @param whereabouts            where the child was
 * @param exploitationIndicators indicators of sexual or criminal exploitation seen
 * @param disclosures            anything the child disclosed
 * @param onwardReferrals        referrals made as a result
 */
public record InterviewFindings(String pushFactors, String pullFactors, String whereabouts,
                                List<String> exploitationIndicators, String disclosures,
                                List<String> onwardReferrals) {
}
