package org.convene.ui.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows a live list shows: the initial result, then each update put in place by its id (or
 * taken out when the update says the row left the list), always in the list's one order and
 * never longer than its limit.
 *
 * @param <T> one row
 */
public final class LiveRows<T> {

    private final List<T> rows = new ArrayList<>();
    private final Function<T, String> id;
    private final Comparator<T> order;
    private final int limit;

    public LiveRows(Function<T, String> id, Comparator<T> order) {
        this(id, order, Integer.MAX_VALUE);
    }

    public LiveRows(Function<T, String> id, Comparator<T> order, int limit) {
        this.id = id;
        this.order = order;
        this.limit = limit;
    }

    /** Shows the initial result (nothing when it could not be read). */
    public void replaceAll(List<T> initial) {
        rows.clear();
        if (initial != null) {
            rows.addAll(initial);
        }
        settle();
    }

    /** Puts an update in place of the row with its id, or takes that row out. */
    public void apply(T update, boolean removed) {
        String key = id.apply(update);
        rows.removeIf(row -> id.apply(row).equals(key));
        if (!removed) {
            rows.add(update);
        }
        settle();
    }

    /** The id of a row (or of an update). */
    public String idOf(T row) {
        return id.apply(row);
    }

    /** The row shown now with this id. */
    public Optional<T> find(String key) {
        return rows.stream().filter(row -> id.apply(row).equals(key)).findFirst();
    }

    /** A copy of the rows, in order. */
    public List<T> list() {
        return new ArrayList<>(rows);
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    private void settle() {
        rows.sort(order);
        while (rows.size() > limit) {
            rows.remove(rows.size() - 1);
        }
    }
}
