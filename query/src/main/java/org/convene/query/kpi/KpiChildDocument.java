package org.convene.query.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the KPI projection knows of a child: the record's attributes, where it was merged, and
 * the child's referrals and episodes (with the month documents holding them), from which it
 * derives re-referrals and repeat missing.
 */
@Document(KpiChildDocument.COLLECTION)
class KpiChildDocument {

    static final String COLLECTION = "kpi_children";

    @Id
    String childId;
    String sex;
    String ethnicity;
    String locality;
    String mergedInto;
    List<ReferralRef> referrals = new ArrayList<>();
    List<EpisodeRef> episodes = new ArrayList<>();
    /** Panel discussions and actions of the child: "discussion:&lt;id&gt;" or "action:&lt;id&gt;" and the month. */
    List<PanelRef> panel = new ArrayList<>();

    static class PanelRef {
        String key;
        String month;
    }

    static class ReferralRef {
        String referralId;
        Instant receivedAt;
        String month;
        boolean withdrawn;
        boolean reReferral;
    }

    static class EpisodeRef {
        String episodeId;
        Instant lastSeenAt;
        String month;
        boolean repeat;
    }

    static KpiChildDocument unknown(String childId) {
        KpiChildDocument child = new KpiChildDocument();
        child.childId = childId;
        return child;
    }
}
