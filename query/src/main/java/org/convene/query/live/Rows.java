package org.convene.query.live;

import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The step projections repeat for an event about a row they keep by id: find the row; if there is
 * one, change it, save it and pass it on (usually to tell the screens watching it, through
 * {@link LiveUpdates}). An event about a row that is not there (gone already, or never projected)
 * changes nothing, so a redelivered event is harmless.
 */
public final class Rows {

    private Rows() {
    }

    /** Changes and saves the row with this id, if there is one, then hands it to {@code saved}. */
    public static <T> void change(MongoTemplate mongo, Object id, Class<T> type, Consumer<? super T> change,
                                  Consumer<? super T> saved) {
        T row = mongo.findById(id, type);
        if (row == null) {
            return;
        }
        change.accept(row);
        mongo.save(row);
        saved.accept(row);
    }
}
