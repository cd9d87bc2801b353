package org.convene.coordination.child.api;

import java.util.function.UnaryOperator;

/**
 * Following merged child records: a record merged away points at the record it was merged into,
 * which may itself have been merged since (A into B, later B into C). The write side and every read
 * model follow the chain the same way; each supplies its own look-up of "merged into".
 */
public final class ChildMerges {

    /** Merges can chain; a cycle cannot happen, but the walk stops after this many steps anyway. */
    public static final int MAX_MERGES_FOLLOWED = 20;

    private ChildMerges() {
    }

    /**
     * The current record of a child: the record itself, or the record it was merged into, followed
     * through later merges. {@code mergedInto} answers null for a record that is current (or
     * unknown); an unknown id is returned as it is.
     */
    public static String currentId(String childId, UnaryOperator<String> mergedInto) {
        String id = childId;
        for (int i = 0; i < MAX_MERGES_FOLLOWED && id != null; i++) {
            String next = mergedInto.apply(id);
            if (next == null) {
                return id;
            }
            id = next;
        }
        return id;
    }
}
