package org.convene.query.child;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.query.child.api.ChildDetails;
import org.convene.query.child.api.ChildMatch;
import org.convene.query.child.api.FindChildQuery;
import org.convene.query.child.api.OpenChildRecordQuery;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.query.audit.AccessLog;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.child.api.FindLikelyChildMatchesQuery;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Child records, the likely-match index and the redirects of merged records. Part of the
 * {@code screening} processing group, whose other projections read children through
 * {@link ChildDirectory}. Idempotent: every write is by the child's id (or date of birth) and
 * replaces, never adds twice.
 *
 * <p>Collections: {@code children} (one document per record), {@code child_redirects} (one small
 * document per merged-away record, pointing at the survivor), {@code child_match_index} (one
 * document per date of birth, listing the current children born that day).
 */
@Component
@ProcessingGroup(ChildProjection.PROCESSING_GROUP)
class ChildProjection {

    static final String PROCESSING_GROUP = "screening";
    /** Likely matches score at least this (1 = same name after normalising, same date of birth). */
    static final double MATCH_THRESHOLD = 0.85;
    /** A match on the date with day and month swapped counts a little less than on the date itself. */
    static final double SWAPPED_DATE_FACTOR = 0.95;

    private final MongoTemplate mongo;
    private final ChildDirectory directory;
    private final AccessLog accessLog;

    ChildProjection(MongoTemplate mongo, ChildDirectory directory, AccessLog accessLog) {
        this.mongo = mongo;
        this.directory = directory;
        this.accessLog = accessLog;
    }

    @EventHandler
    void on(ChildRegisteredEvent event) {
        ChildDocument existing = mongo.findById(event.childId(), ChildDocument.class);
        ChildDocument document = new ChildDocument(event.childId(), event.fullName(), event.dateOfBirth(),
                event.dateOfBirthIsExpected(), event.sexCode(), event.ethnicityCode(), event.locality(),
                event.identifiers() == null ? List.of() : event.identifiers(), event.lookedAfter(),
                existing == null ? List.of() : existing.mergedChildIds(),
                existing == null ? null : existing.mergedInto());
        mongo.save(document);
        if (document.mergedInto() == null && document.dateOfBirth() != null) {
            putInIndex(document);
        }
    }

    @EventHandler
    void on(ChildRecordsMergedEvent event) {
        mongo.save(new ChildRedirectDocument(event.duplicateChildId(), event.survivingChildId()));
        ChildDocument duplicate = mongo.findById(event.duplicateChildId(), ChildDocument.class);
        if (duplicate != null) {
            mongo.save(duplicate.mergedInto(event.survivingChildId()));
            if (duplicate.dateOfBirth() != null) {
                removeFromIndex(duplicate.dateOfBirth(), duplicate.childId());
            }
        }
        ChildDocument survivor = mongo.findById(event.survivingChildId(), ChildDocument.class);
        if (survivor != null) {
            ChildDocument updated = survivor.withMergedChild(event.duplicateChildId());
            if (duplicate != null) {
                // records merged into the duplicate earlier now belong to the survivor too
                for (String earlier : duplicate.mergedChildIds()) {
                    updated = updated.withMergedChild(earlier);
                }
            }
            mongo.save(updated);
        }
    }

    /** The current record, following merges; {@code null} when there is no such child. */
    @QueryHandler
    ChildDetails handle(FindChildQuery query) {
        return directory.find(query.childId()).orElse(null);
    }

    /** The current record, logged in the access log with the purpose; {@code null} (and nothing logged) when none. */
    @QueryHandler
    ChildDetails handle(OpenChildRecordQuery query, @MetaDataValue(MessageMetaData.USER_ID) String userId,
                        @MetaDataValue(MessageMetaData.AGENCY_ID) String agencyId) {
        if (query.purpose() == null) {
            throw new IllegalArgumentException("Choose why you are opening this child's record.");
        }
        ChildDetails child = directory.find(query.childId()).orElse(null);
        if (child != null) {
            accessLog.opened(child.childId(), query.purpose(), AccessedRecord.CHILD_RECORD, userId, agencyId);
        }
        return child;
    }

    /** Current records born on the date (or on it with day and month swapped), best match first. */
    @QueryHandler
    List<ChildMatch> handle(FindLikelyChildMatchesQuery query) {
        if (query.dateOfBirth() == null || query.fullName() == null || query.fullName().isBlank()) {
            return List.of();
        }
        Map<String, ChildMatch> best = new LinkedHashMap<>();
        collect(query.fullName(), query.dateOfBirth(), 1.0, best);
        swapped(query.dateOfBirth()).ifPresent(date -> collect(query.fullName(), date, SWAPPED_DATE_FACTOR, best));
        List<ChildMatch> matches = new ArrayList<>(best.values());
        matches.sort(Comparator.comparingDouble(ChildMatch::score).reversed()
                .thenComparing(ChildMatch::fullName, Comparator.nullsLast(Comparator.naturalOrder())));
        return matches;
    }

    private void collect(String name, LocalDate date, double factor, Map<String, ChildMatch> best) {
        ChildMatchIndexDocument day = mongo.findById(date.toString(), ChildMatchIndexDocument.class);
        if (day == null) {
            return;
        }
        for (ChildMatchIndexDocument.Candidate c : day.children()) {
            double score = NameSimilarity.score(name, c.fullName()) * factor;
            if (score >= MATCH_THRESHOLD) {
                ChildMatch match = new ChildMatch(c.childId(), c.fullName(), c.dateOfBirth(), c.locality(), score);
                best.merge(c.childId(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
    }

    static java.util.Optional<LocalDate> swapped(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private void putInIndex(ChildDocument child) {
        String key = child.dateOfBirth().toString();
        ChildMatchIndexDocument day = mongo.findById(key, ChildMatchIndexDocument.class);
        List<ChildMatchIndexDocument.Candidate> children = new ArrayList<>(day == null ? List.of() : day.children());
        children.removeIf(c -> c.childId().equals(child.childId()));
        children.add(new ChildMatchIndexDocument.Candidate(child.childId(), child.fullName(), child.dateOfBirth(),
                child.locality()));
        mongo.save(new ChildMatchIndexDocument(key, List.copyOf(children)));
    }

    private void removeFromIndex(LocalDate dateOfBirth, String childId) {
        String key = dateOfBirth.toString();
        ChildMatchIndexDocument day = mongo.findById(key, ChildMatchIndexDocument.class);
        if (day == null) {
            return;
        }
        List<ChildMatchIndexDocument.Candidate> children = new ArrayList<>(day.children());
        if (children.removeIf(c -> c.childId().equals(childId))) {
            mongo.save(new ChildMatchIndexDocument(key, List.copyOf(children)));
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ChildDocument.class);
        mongo.dropCollection(ChildRedirectDocument.class);
        mongo.dropCollection(ChildMatchIndexDocument.class);
    }
}
