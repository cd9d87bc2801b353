package org.convene.query.child;

import java.util.Optional;

import org.convene.coordination.child.api.ChildMerges;
import org.convene.query.child.api.ChildDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads child records by id for the other projections of the {@code screening} processing group
 * (the meeting board and referral details show the children's names), following merges: a
 * merged-away record answers with the record it was merged into.
 */
@Component
public class ChildDirectory {

    private final MongoTemplate mongo;

    public ChildDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The id of the current record for {@code childId}: itself, or the record it was merged into. */
    public String currentIdOf(String childId) {
        return ChildMerges.currentId(childId, id -> {
            ChildRedirectDocument redirect = mongo.findById(id, ChildRedirectDocument.class);
            return redirect == null ? null : redirect.survivingChildId();
        });
    }

    /**
     * A resolver of current ids for many children at once: reads the (small) redirect collection
     * once, instead of one look-up per child. Use it within one piece of work; it does not see later merges.
     */
    public java.util.function.UnaryOperator<String> currentIds() {
        java.util.Map<String, String> redirects = new java.util.HashMap<>();
        mongo.findAll(ChildRedirectDocument.class)
                .forEach(r -> redirects.put(r.duplicateChildId(), r.survivingChildId()));
        return childId -> ChildMerges.currentId(childId, redirects::get);
    }

    /** The current record for {@code childId} (following merges), if there is one. */
    public Optional<ChildDetails> find(String childId) {
        if (childId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(currentIdOf(childId), ChildDocument.class))
                .map(ChildDirectory::toDetails);
    }

    static ChildDetails toDetails(ChildDocument d) {
        return new ChildDetails(d.childId(), d.fullName(), d.dateOfBirth(), d.dateOfBirthIsExpected(), d.sexCode(),
                d.ethnicityCode(), d.locality(), d.identifiers(), d.lookedAfter(), d.mergedChildIds());
    }
}
