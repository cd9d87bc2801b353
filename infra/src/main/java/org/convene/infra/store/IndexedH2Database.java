package org.convene.infra.store;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An embedded-store database whose collections use in-memory field indexes: the non-unique indexes
 * that mongo-java-server declares but does not implement are kept in memory (built from the
 * documents when the store opens, then maintained on every write). The MVStore file and its format
 * are those of the stock H2 backend.
 */
class IndexedH2Database extends H2Database {

    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore mvStore;

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, opening(mvStore), cursorRegistry);
        this.mvStore = mvStore;
        OPENING.remove();
    }

    /** The parent's constructor opens the existing collections before this object's fields are set. */
    private static MVStore opening(MVStore mvStore) {
        OPENING.set(mvStore);
        return mvStore;
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore store = mvStore != null ? mvStore : OPENING.get();
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = store.openMap("databases." + fullName);
        MVMap<String, Object> metaMap = store.openMap("meta." + fullName);
        return newCollection(collectionName, options, dataMap, metaMap);
    }

    /** A collection over its two maps (a test makes one that reads slowly). */
    IndexedH2Collection newCollection(String collectionName, CollectionOptions options,
                                      MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap) {
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new InMemoryFieldIndex(indexName, keys);
    }
}
