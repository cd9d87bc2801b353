package org.convene.query.referral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.convene.coordination.referral.api.ReferralReceivedEvent;
import org.convene.query.child.ChildDirectory;
import org.convene.query.referral.api.ChildRef;

/** Children named on a referral, as the current child records show them (following merges). */
final class ChildRefs {

    private ChildRefs() {
    }

    static List<ChildRef> resolve(List<ChildRef> named, ChildDirectory directory) {
        return resolve(named, directory, Map.of());
    }

    /** {@code replaced}: ids to read as another id (a merge being projected right now). */
    static List<ChildRef> resolve(List<ChildRef> named, ChildDirectory directory, Map<String, String> replaced) {
        List<ChildRef> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ChildRef child : named) {
            if (child.childId() == null) {
                result.add(child);
                continue;
            }
            String id = replaced.getOrDefault(child.childId(), child.childId());
            ChildRef current = directory.find(id)
                    .map(d -> new ChildRef(d.childId(), d.fullName(), d.dateOfBirth(), d.dateOfBirthIsExpected()))
                    .orElse(new ChildRef(id, child.fullName(), child.dateOfBirth(), child.dateOfBirthIsExpected()));
            if (seen.add(current.childId())) {
                result.add(current);
            }
        }
        return result;
    }

    /**
     * The children a referral names: its registered children as {@code registered} shows them, then
     * any the first release named without a child record (no id).
     */
    static List<ChildRef> of(ReferralReceivedEvent event, Function<String, ChildRef> registered) {
        return Stream.concat(event.childIds().stream().map(registered),
                event.childrenWithoutRecord().stream().map(c -> new ChildRef(null, c.fullName(), c.dateOfBirth(), false)))
                .toList();
    }

    static ChildRef named(String childId) {
        return new ChildRef(childId, null, null, false);
    }
}
