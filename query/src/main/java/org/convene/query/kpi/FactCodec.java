package org.convene.query.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Writes a fact row as one short string (fields separated by U+001F, a referral's children by
 * U+001E and their fields by U+001D). The embedded store reads a month of such strings about ten
 * times faster than the same rows as nested documents (docs/performance.md): the cost is per BSON
 * element, not per byte. An empty field is null. Each kind of fact declares its fields once, in
 * the order they are stored; the order must never change (stored rows are read by position).
 */
final class FactCodec<T> {

    private static final String FIELD = "\u001f";
    private static final String CHILD = "\u001e";
    private static final String CHILD_FIELD = "\u001d";

    static final FactCodec<ReferralFact.ChildFact> CHILD_FACT = new FactCodec<>(ReferralFact.ChildFact::new,
            CHILD_FIELD, withChild(List.of(), List.of(
                    flag(c -> c.reReferral, (c, v) -> c.reReferral = v))));

    static final FactCodec<ReferralFact> REFERRAL = new FactCodec<>(ReferralFact::new, FIELD, List.of(
            text(r -> r.referralId, (r, v) -> r.referralId = v),
            instant(r -> r.receivedAt, (r, v) -> r.receivedAt = v),
            text(r -> r.sourceCode, (r, v) -> r.sourceCode = v),
            text(r -> r.type, (r, v) -> r.type = v),
            text(r -> r.dash, (r, v) -> r.dash = v),
            flag(r -> r.urgent, (r, v) -> r.urgent = v),
            instant(r -> r.decidedAt, (r, v) -> r.decidedAt = v),
            text(r -> r.response, (r, v) -> r.response = v),
            instant(r -> r.responseAt, (r, v) -> r.responseAt = v),
            flag(r -> r.withdrawn, (r, v) -> r.withdrawn = v),
            rows(r -> r.children, (r, v) -> r.children = v, CHILD_FACT)));

    static final FactCodec<EpisodeFact> EPISODE = new FactCodec<>(EpisodeFact::new, FIELD, withChild(
            List.of(text(e -> e.episodeId, (e, v) -> e.episodeId = v)), List.of(
                    instant(e -> e.lastSeenAt, (e, v) -> e.lastSeenAt = v),
                    instant(e -> e.returnedAt, (e, v) -> e.returnedAt = v),
                    flag(e -> e.repeat, (e, v) -> e.repeat = v))));

    static final FactCodec<ReturnFact> RETURN = new FactCodec<>(ReturnFact::new, FIELD, withChild(
            List.of(text(r -> r.episodeId, (r, v) -> r.episodeId = v)), List.of(
                    instant(r -> r.returnedAt, (r, v) -> r.returnedAt = v),
                    instant(r -> r.offeredAt, (r, v) -> r.offeredAt = v),
                    text(r -> r.outcome, (r, v) -> r.outcome = v),
                    instant(r -> r.outcomeAt, (r, v) -> r.outcomeAt = v))));

    static final FactCodec<DiscussionFact> DISCUSSION = new FactCodec<>(DiscussionFact::new, FIELD, withChild(
            List.of(text(d -> d.discussionId, (d, v) -> d.discussionId = v),
                    text(d -> d.caseId, (d, v) -> d.caseId = v)), List.of(
                    date(d -> d.discussedOn, (d, v) -> d.discussedOn = v),
                    text(d -> d.type, (d, v) -> d.type = v),
                    text(d -> d.previousRisk, (d, v) -> d.previousRisk = v),
                    text(d -> d.risk, (d, v) -> d.risk = v),
                    instant(d -> d.caseReferredAt, (d, v) -> d.caseReferredAt = v))));

    static final FactCodec<ActionFact> ACTION = new FactCodec<>(ActionFact::new, FIELD, withChild(
            List.of(text(a -> a.actionId, (a, v) -> a.actionId = v),
                    text(a -> a.caseId, (a, v) -> a.caseId = v)), List.of(
                    date(a -> a.dueDate, (a, v) -> a.dueDate = v),
                    date(a -> a.completedOn, (a, v) -> a.completedOn = v),
                    date(a -> a.withdrawnOn, (a, v) -> a.withdrawnOn = v))));

    /** One stored field: how it is written from the fact and read back into it. */
    private record Column<T>(Function<T, String> write, BiConsumer<T, String> read) {
    }

    private final Supplier<T> create;
    private final String separator;
    private final List<Column<T>> columns;

    private FactCodec(Supplier<T> create, String separator, List<Column<T>> columns) {
        this.create = create;
        this.separator = separator;
        this.columns = columns;
    }

    String encode(T fact) {
        return String.join(separator, columns.stream().map(c -> c.write().apply(fact)).toList());
    }

    T decode(String row) {
        String[] fields = row.split(separator, -1);
        T fact = create.get();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).read().accept(fact, fields[i]);
        }
        return fact;
    }

    List<String> encode(List<T> rows) {
        return rows.stream().map(this::encode).toList();
    }

    List<T> decode(List<String> rows) {
        List<T> out = new ArrayList<>(rows == null ? 0 : rows.size());
        if (rows != null) {
            rows.forEach(r -> out.add(decode(r)));
        }
        return out;
    }

    // ---------------------------------------------------------------- kinds of field

    /** The fields before, the child's id and attributes, then the fields after. */
    private static <T extends ChildAttributes> List<Column<T>> withChild(List<Column<T>> before,
                                                                          List<Column<T>> after) {
        List<Column<T>> columns = new ArrayList<>(before);
        columns.add(text(c -> c.childId, (c, v) -> c.childId = v));
        columns.add(text(c -> c.sex, (c, v) -> c.sex = v));
        columns.add(text(c -> c.ethnicity, (c, v) -> c.ethnicity = v));
        columns.add(text(c -> c.locality, (c, v) -> c.locality = v));
        columns.addAll(after);
        return columns;
    }

    private static <T, V> Column<T> value(Function<T, V> get, BiConsumer<T, V> set, Function<String, V> parse) {
        return new Column<>(fact -> s(get.apply(fact)),
                (fact, field) -> set.accept(fact, field.isEmpty() ? null : parse.apply(field)));
    }

    private static <T> Column<T> text(Function<T, String> get, BiConsumer<T, String> set) {
        return value(get, set, Function.identity());
    }

    private static <T> Column<T> instant(Function<T, Instant> get, BiConsumer<T, Instant> set) {
        return value(get, set, Instant::parse);
    }

    private static <T> Column<T> date(Function<T, LocalDate> get, BiConsumer<T, LocalDate> set) {
        return value(get, set, LocalDate::parse);
    }

    private static <T> Column<T> flag(Predicate<T> get, BiConsumer<T, Boolean> set) {
        return new Column<>(fact -> get.test(fact) ? "1" : "", (fact, field) -> set.accept(fact, !field.isEmpty()));
    }

    /** Rows nested in a field (a referral's children), each written by {@code codec}. */
    private static <T, R> Column<T> rows(Function<T, List<R>> get, BiConsumer<T, List<R>> set, FactCodec<R> codec) {
        return new Column<>(fact -> String.join(CHILD, get.apply(fact).stream().map(codec::encode).toList()),
                (fact, field) -> set.accept(fact, field.isEmpty() ? new ArrayList<>()
                        : new ArrayList<>(Arrays.stream(field.split(CHILD, -1)).map(codec::decode).toList())));
    }

    private static String s(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(FIELD) || text.contains(CHILD) || text.contains(CHILD_FIELD)) {
            throw new IllegalArgumentException("A separator character in a fact field");
        }
        return text;
    }
}
