package org.convene.query.chronology.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.convene.coordination.shared.api.TextRules;

/**
 * What a reader of a chronology wants to see: entries from some agencies or of some kinds, that
 * happened between two dates, key events only, and, for case reviews, the chronology <em>as known
 * on</em> a date: only what had been recorded by the end of that day (UK time), whenever it
 * happened. Empty sets and null dates mean "no restriction". Days are UK calendar days.
 */
public record ChronologyFilter(Set<String> agencyIds, Set<String> kinds, LocalDate happenedFrom,
                               LocalDate happenedTo, boolean keyOnly, LocalDate knownOn) {


    /** Everything. */
    public static ChronologyFilter none() {
        return new ChronologyFilter(Set.of(), Set.of(), null, null, false, null);
    }

    /** Only what had been recorded by the end of {@code day}. */
    public static ChronologyFilter asKnownOn(LocalDate day) {
        return new ChronologyFilter(Set.of(), Set.of(), null, null, false, day);
    }

    public ChronologyFilter {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (happenedFrom != null && happenedTo != null && happenedTo.isBefore(happenedFrom)) {
            throw new IllegalArgumentException("The 'to' date is before the 'from' date.");
        }
    }

    /** Whether an entry recorded at {@code recordedAt} had been recorded by the end of the as-known-on day. */
    public boolean known(ChronologyEntry entry) {
        return knownOn == null || (entry.recordedAt() != null && entry.recordedAt().isBefore(startOf(knownOn.plusDays(1))));
    }

    public boolean matches(ChronologyEntry entry) {
        if (!known(entry)) {
            return false;
        }
        if (!agencyIds.isEmpty() && !agencyIds.contains(entry.agencyId())) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(entry.kind())) {
            return false;
        }
        if (keyOnly && !entry.key()) {
            return false;
        }
        if (happenedFrom != null && (entry.occurredAt() == null || entry.occurredAt().isBefore(startOf(happenedFrom)))) {
            return false;
        }
        return happenedTo == null || (entry.occurredAt() != null
                && entry.occurredAt().isBefore(startOf(happenedTo.plusDays(1))));
    }

    /** The matching entries in time order (when they happened, then when recorded). */
    public List<ChronologyEntry> apply(List<ChronologyEntry> entries) {
        return entries.stream().filter(this::matches).sorted(TIME_ORDER).toList();
    }

    /** How many entries the as-known-on date hides (recorded after that day). */
    public long hiddenAsNotYetRecorded(List<ChronologyEntry> entries) {
        return entries.stream().filter(e -> !known(e)).count();
    }

    /** When things happened, then when they were recorded, then id: the order a chronology is read in. */
    public static final Comparator<ChronologyEntry> TIME_ORDER = Comparator
            .comparing(ChronologyEntry::occurredAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChronologyEntry::recordedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChronologyEntry::entryId);

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TextRules.UK).toInstant();
    }
}
