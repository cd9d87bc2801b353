package org.convene.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.axonframework.queryhandling.QueryHandler;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.audit.api.FindChildAccessLogQuery;
import org.convene.query.audit.api.RecordAccess;
import org.convene.query.child.ChildDirectory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The audit of reads: the query handlers that open a child's record (chronology, missing history,
 * the REST child record) call {@link #opened} before they answer, with the user and agency the
 * dispatch interceptor stamped on the query. So there is no way to read those records without an
 * entry, whichever screen or client asks. Administrators read the log per child.
 */
@Component
public class AccessLog {

    private final MongoTemplate mongo;
    private final ChildDirectory children;

    public AccessLog(MongoTemplate mongo, ChildDirectory children) {
        this.mongo = mongo;
        this.children = children;
    }

    /**
     * Logs one opening of the child's record; refuses (and logs nothing) without a purpose or a user.
     *
     * @throws IllegalArgumentException without a child id, purpose or user
     */
    public RecordAccess opened(String childId, AccessPurpose purpose, AccessedRecord record, String userId,
                               String agencyId) {
        if (childId == null || childId.isBlank()) {
            throw new IllegalArgumentException("Say which child's record to open.");
        }
        if (purpose == null) {
            throw new IllegalArgumentException("Choose why you are opening this child's record.");
        }
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("Only a signed-in user can open a child's record.");
        }
        RecordAccess access = new RecordAccess(UUID.randomUUID().toString(), childId, Instant.now(), userId,
                agencyId, purpose, record);
        mongo.upsert(Query.query(Criteria.where("_id").is(childId)), new Update().push("entries", access),
                AccessLogDocument.class);
        return access;
    }

    @QueryHandler
    public List<RecordAccess> handle(FindChildAccessLogQuery query) {
        if (query.childId() == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        ids.add(query.childId());
        children.find(query.childId()).ifPresent(c -> {
            if (!ids.contains(c.childId())) {
                ids.add(c.childId());
            }
            if (c.mergedChildIds() != null) {
                c.mergedChildIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            }
        });
        List<RecordAccess> entries = new ArrayList<>();
        for (String id : ids) {
            AccessLogDocument document = mongo.findById(id, AccessLogDocument.class);
            if (document != null && document.entries != null) {
                entries.addAll(document.entries);
            }
        }
        entries.sort(Comparator.comparing(RecordAccess::openedAt).reversed());
        return entries;
    }
}
