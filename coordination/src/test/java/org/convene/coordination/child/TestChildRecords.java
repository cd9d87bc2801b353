package org.convene.coordination.child;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.convene.coordination.child.api.ChildMerges;

/** The child records other features check against, for write-side tests (no repository behind them). */
public final class TestChildRecords {

    private TestChildRecords() {
    }

    /** Every child id names a current record. */
    public static ChildRecords everyChildCurrent() {
        return records(id -> true, Map.of());
    }

    /** Records exist for the ids starting "child-"; any other id has none. */
    public static ChildRecords childIdsExist() {
        return records(id -> id.startsWith("child-"), Map.of());
    }

    /** As {@link #childIdsExist()}, and each key of {@code mergedInto} was merged into its value. */
    public static ChildRecords childIdsExistWithMerges(Map<String, String> mergedInto) {
        return records(id -> id.startsWith("child-"), mergedInto);
    }

    private static ChildRecords records(Predicate<String> exists, Map<String, String> mergedInto) {
        return new ChildRecords(null) {
            @Override
            public Optional<String> problemWith(String childId) {
                if (mergedInto.containsKey(childId)) {
                    return Optional.of("Child record " + childId + " was merged into " + mergedInto.get(childId)
                            + "; use that record.");
                }
                return childId != null && exists.test(childId) ? Optional.empty()
                        : Optional.of("There is no child record " + childId + ".");
            }

            @Override
            public String currentIdOf(String childId) {
                return ChildMerges.currentId(childId, mergedInto::get);
            }
        };
    }
}
