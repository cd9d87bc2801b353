package org.convene.infra.identity;

import java.util.List;

import org.bson.Document;
import org.convene.coordination.child.ChildIdentityIndex;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The write side's child identity index in the {@code child_identities} collection: one document
 * per identity key ({@code _id}), listing the records registered under it. Read and written by id
 * only, so the embedded store never scans (design.md); an upsert with {@code $addToSet} changes
 * nothing when the entry is there already.
 */
@Component
class MongoChildIdentityIndex implements ChildIdentityIndex {

    static final String COLLECTION = "child_identities";

    private final MongoTemplate mongo;

    MongoChildIdentityIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(String identityKey, String childId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(identityKey)), new Update().addToSet("childIds", childId),
                COLLECTION);
    }

    @Override
    public List<String> childIdsOf(String identityKey) {
        Document entry = mongo.findById(identityKey, Document.class, COLLECTION);
        return entry == null ? List.of() : entry.getList("childIds", String.class, List.of());
    }

    @Override
    public void clear() {
        mongo.dropCollection(COLLECTION);
    }
}
