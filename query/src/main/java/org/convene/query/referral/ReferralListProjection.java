package org.convene.query.referral;

import org.convene.query.live.LiveUpdates;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.coordination.shared.api.CodeList;
import org.convene.query.referral.api.FindRecentReferralsQuery;
import org.convene.query.referral.api.ReferralSummary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The list of referrals, newest first. Idempotent: each event writes the row with the referral's
 * id, so a replay or a redelivery leaves the same document. Open views are told of new rows
 * through subscription-query updates.
 */
@Component
@ProcessingGroup(ReferralListProjection.PROCESSING_GROUP)
class ReferralListProjection {

    static final String PROCESSING_GROUP = "referral-list";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;

    ReferralListProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        ensureIndex();
    }

    /**
     * The list reads the newest rows first: with an index on the time received, MongoDB (and the
     * embedded store's in-memory index) reads only those rows, not every referral ever received.
     */
    private void ensureIndex() {
        mongo.indexOps(ReferralListDocument.class).createIndex(new Index().on("receivedAt", Sort.Direction.DESC));
    }

    @EventHandler
    void on(ChildRegisteredEvent event) {
        mongo.save(new ReferralListChildDocument(event.childId(), event.fullName(), event.dateOfBirth()));
    }

    /**
     * The children's names joined with ", " (registered children, then any the first release named
     * without a record), the first child's date of birth.
     */
    @EventHandler
    void on(ReferralReceivedEvent event) {
        List<ReferralListChildDocument> named = java.util.stream.Stream.concat(
                event.childIds().stream().map(id -> {
                    ReferralListChildDocument child = mongo.findById(id, ReferralListChildDocument.class);
                    return child != null ? child : new ReferralListChildDocument(id, id, null);
                }),
                event.childrenWithoutRecord().stream()
                        .map(c -> new ReferralListChildDocument(null, c.fullName(), c.dateOfBirth())))
                .toList();
        ReferralListDocument document = new ReferralListDocument(
                event.referralId(), event.receivedAt(), event.sourceCode(), event.type(),
                named.stream().map(ReferralListChildDocument::fullName).collect(Collectors.joining(", ")),
                named.isEmpty() ? null : named.get(0).dateOfBirth(), event.urgent(), event.recordedBy().userId(),
                event.recordedBy().agencyId(), event.recordedAt());
        mongo.save(document);
        LiveUpdates.emit(updateEmitter, FindRecentReferralsQuery.class, query -> true, () -> toSummary(document));
    }

    @QueryHandler
    List<ReferralSummary> handle(FindRecentReferralsQuery query) {
        Query mongoQuery = new Query().with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(query.limit());
        return mongo.find(mongoQuery, ReferralListDocument.class).stream()
                .map(ReferralListProjection::toSummary)
                .toList();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ReferralListDocument.class);
        mongo.dropCollection(ReferralListChildDocument.class);
        ensureIndex();
    }

    private static ReferralSummary toSummary(ReferralListDocument d) {
        return new ReferralSummary(d.referralId(), d.receivedAt(), d.sourceCode(),
                CodeList.REFERRAL_SOURCE.description(d.sourceCode()).orElse(d.sourceCode()), d.type(),
                d.childName(), d.childDateOfBirth(), d.urgent(), d.recordedByUser(), d.recordedByAgency(),
                d.recordedAt());
    }
}
