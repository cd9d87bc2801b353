package org.convene.query.kpi;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One calendar month of KPI facts (UK dates), {@code _id} "2026-05": the referrals received, the
 * missing episodes started and the returns made, the panel discussions held and the panel actions
 * due in that month. Stored as short strings ({@link FactCodec}) and read by {@code _id} only: one
 * read per month for every kind of fact.
 */
@Document(KpiMonthDocument.COLLECTION)
class KpiMonthDocument {

    static final String COLLECTION = "kpi_months";

    @Id
    String month;
    List<String> referralRows = new ArrayList<>();
    List<String> episodeRows = new ArrayList<>();
    List<String> returnRows = new ArrayList<>();
    List<String> discussionRows = new ArrayList<>();
    List<String> actionRows = new ArrayList<>();
    @Transient
    List<ReferralFact> rows = new ArrayList<>();
    @Transient
    List<EpisodeFact> episodes = new ArrayList<>();
    @Transient
    List<ReturnFact> returns = new ArrayList<>();
    @Transient
    List<DiscussionFact> discussions = new ArrayList<>();
    @Transient
    List<ActionFact> actions = new ArrayList<>();

    static KpiMonthDocument load(MongoTemplate mongo, String month) {
        KpiMonthDocument doc = mongo.findById(month, KpiMonthDocument.class);
        if (doc == null) {
            doc = new KpiMonthDocument();
            doc.month = month;
            return doc;
        }
        doc.rows = FactCodec.REFERRAL.decode(doc.referralRows);
        doc.episodes = FactCodec.EPISODE.decode(doc.episodeRows);
        doc.returns = FactCodec.RETURN.decode(doc.returnRows);
        doc.discussions = FactCodec.DISCUSSION.decode(doc.discussionRows);
        doc.actions = FactCodec.ACTION.decode(doc.actionRows);
        return doc;
    }

    void save(MongoTemplate mongo) {
        referralRows = FactCodec.REFERRAL.encode(rows);
        episodeRows = FactCodec.EPISODE.encode(episodes);
        returnRows = FactCodec.RETURN.encode(returns);
        discussionRows = FactCodec.DISCUSSION.encode(discussions);
        actionRows = FactCodec.ACTION.encode(actions);
        mongo.save(this);
    }
}
