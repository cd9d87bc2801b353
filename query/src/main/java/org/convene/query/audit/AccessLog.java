package org.convene.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.convene.query.audit.api.AccessPurpose;
import org.convene.query.audit.api.AccessedRecord;
import org.convene.query.audit.api.FindChildAccessLogQuery;
import org.convene.query.audit.api.RecordAccess;
import org.convene.query.child.ChildDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * The audit of reads: the query handlers that open a child's record (chronology, missing history,
 * the REST child record) call {@link #opened} before they answer, with the user and agency the
 * dispatch interceptor stamped on the query. So there is no way to read those records without an
 * entry, whichever screen or client asks. Administrators read the log per child.
 *
 * <p>Each opening is one document, inserted with a journaled majority write concern before the
 * record is answered (on the embedded store the access log is an acknowledged collection, committed
 * to disk before the insert is answered): a page or API answer that shows a child's record always
 * has its log entry on disk first (decision 0015).
 */
@Component
public class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    /** Acknowledged only once a majority of a replica set has it in its journal. */
    private static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true);
    /** Migrations of stored data already done, one document each (here: the access log's). */
    static final String MIGRATIONS = "schema_migrations";
    static final String ONE_DOCUMENT_PER_ACCESS = "access-log-one-document-per-access";

    private final MongoTemplate mongo;
    private final ChildDirectory children;

    public AccessLog(MongoTemplate mongo, ChildDirectory children) {
        this.mongo = mongo;
        this.children = children;
        ensureIndexes();
        migrateEntriesKeptPerChild();
    }

    private void ensureIndexes() {
        var indexes = mongo.indexOps(AccessLogDocument.class);
        indexes.createIndex(new Index().on("childId", Sort.Direction.ASC).on("openedAt", Sort.Direction.DESC)
                .named("child_openedAt"));
        indexes.createIndex(new Index().on("userId", Sort.Direction.ASC).on("openedAt", Sort.Direction.DESC)
                .named("user_openedAt"));
        indexes.createIndex(new Index().on("openedAt", Sort.Direction.DESC).named("openedAt"));
    }

    /**
     * Stores made before one document per access kept one document per child with an {@code entries}
     * list. Each entry becomes its own document (keyed by its access id, so a migration interrupted
     * and run again inserts nothing twice), then the per-child document goes.
     */
    private void migrateEntriesKeptPerChild() {
        // once per store: looking for per-child documents reads the whole log, which grows for years
        MongoCollection<Document> done = mongo.getCollection(MIGRATIONS);
        if (done.countDocuments(Filters.eq("_id", ONE_DOCUMENT_PER_ACCESS)) > 0) {
            return;
        }
        MongoCollection<Document> collection = mongo.getCollection(AccessLogDocument.COLLECTION).withWriteConcern(DURABLE);
        int migrated = 0;
        for (Document perChild : collection.find(Filters.exists("entries"))) {
            List<Document> entries = perChild.getList("entries", Document.class, List.of());
            for (Document entry : entries) {
                Document one = new Document(entry);
                Object accessId = one.remove("accessId");
                one.put("_id", accessId != null ? accessId : UUID.randomUUID().toString());
                if (collection.countDocuments(Filters.eq("_id", one.get("_id"))) == 0) {
                    collection.insertOne(one);
                }
            }
            collection.deleteOne(Filters.eq("_id", perChild.get("_id")));
            migrated += entries.size();
        }
        if (migrated > 0) {
            log.info("Access log: {} entries kept per child moved to one document per access", migrated);
        }
        done.insertOne(new Document("_id", ONE_DOCUMENT_PER_ACCESS).append("at", java.util.Date.from(Instant.now())));
    }

    /**
     * Logs one opening of the child's record, durably, before it returns; refuses (and logs nothing)
     * without a purpose or a user.
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
        Document document = new Document();
        mongo.getConverter().write(AccessLogDocument.of(access), document);
        mongo.getCollection(AccessLogDocument.COLLECTION).withWriteConcern(DURABLE).insertOne(document);
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
            // one equality query per record id: answered from the child index on either store
            mongo.find(Query.query(Criteria.where("childId").is(id)), AccessLogDocument.class)
                    .forEach(d -> entries.add(d.toAccess()));
        }
        entries.sort(Comparator.comparing(RecordAccess::openedAt).reversed());
        return entries;
    }
}
