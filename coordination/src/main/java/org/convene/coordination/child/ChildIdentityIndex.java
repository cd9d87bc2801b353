package org.convene.coordination.child;

import java.util.List;

/**
 * The write side's lookup of child records by identity key ({@link
 * org.convene.coordination.child.api.ChildRules#identityKey}): which records were registered with
 * this name and date of birth. Written by the {@link Child} aggregate before its registration event
 * is stored, in the same unit of work, so a record that exists is always in the index; an entry may
 * name a record whose registration then failed, so readers check each entry against the record
 * ({@link ChildIdentityLookup}). Implemented on the store in infra.
 */
public interface ChildIdentityIndex {

    /** Adds the record to the key's list (nothing changes when it is there already). */
    void add(String identityKey, String childId);

    /** The records registered under the key, oldest first; empty when none. */
    List<String> childIdsOf(String identityKey);

    /** Removes every entry (before the index is rebuilt from the event store). */
    void clear();
}
