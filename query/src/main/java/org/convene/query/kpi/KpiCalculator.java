package org.convene.query.kpi;

import static org.convene.query.kpi.KpiDefinitions.NOT_RECORDED;
import static org.convene.query.kpi.KpiDefinitions.ethnicGroup;
import static org.convene.query.kpi.KpiDefinitions.ethnicGroupLabel;
import static org.convene.query.kpi.KpiDefinitions.orNotRecorded;
import static org.convene.query.kpi.KpiDefinitions.sourceLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.query.kpi.KpiDefinitions.Definition;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiGroupValue;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.KpiRecord;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiSettings;
import org.convene.query.kpi.api.KpiTarget;
import org.convene.query.kpi.api.KpiUnit;
import org.convene.query.kpi.api.KpiValue;
import org.convene.query.kpi.api.Rag;

/**
 * Computes every KPI of docs/kpis.md from fact rows, in memory, as {@link KpiDefinitions} declares
 * each. Pure: the same rows give the same figures, whichever order they were projected in.
 */
final class KpiCalculator {

    private final WorkingDays workingDays;
    private final KpiSettings settings;
    private final Map<Kpi, Definition<?>> definitions;
    /** Each slice's groups, split once per request (every KPI of a breakdown uses the same split). */
    private final Map<Slice, Map<String, Slice>> groupSlices = new IdentityHashMap<>();

    KpiCalculator(WorkingDays workingDays, KpiSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
        this.definitions = KpiDefinitions.all(workingDays);
    }

    record ChildReferral(ReferralFact referral, ReferralFact.ChildFact child) {
    }

    /** A child in the period (of a child referral, an episode or a panel discussion), once. */
    static final class ChildSeen extends ChildAttributes {
        ChildSeen(ChildAttributes child) {
            copyAttributes(child);
        }
    }

    /** The facts of one period (or of one group of a breakdown within it). */
    record Slice(List<ReferralFact> referrals, List<ChildReferral> childReferrals, List<EpisodeFact> episodes,
                 List<ReturnFact> returns, List<DiscussionFact> discussions, List<ActionFact> actions,
                 List<ChildSeen> children) {

        static Slice of(KpiPeriod period, List<ReferralFact> allReferrals, List<EpisodeFact> allEpisodes,
                        List<ReturnFact> allReturns, List<DiscussionFact> allDiscussions, List<ActionFact> allActions) {
            List<ReferralFact> referrals = allReferrals.stream()
                    .filter(r -> !r.withdrawn && period.contains(r.receivedOn()))
                    .sorted(Comparator.comparing((ReferralFact r) -> r.receivedAt).thenComparing(r -> r.referralId))
                    .toList();
            List<ChildReferral> childReferrals = referrals.stream()
                    .flatMap(r -> r.children.stream().map(c -> new ChildReferral(r, c))).toList();
            List<EpisodeFact> episodes = allEpisodes.stream()
                    .filter(e -> period.contains(e.startedOn()))
                    .sorted(Comparator.comparing((EpisodeFact e) -> e.lastSeenAt).thenComparing(e -> e.episodeId))
                    .toList();
            List<ReturnFact> returns = allReturns.stream()
                    .filter(r -> period.contains(r.returnedOn()))
                    .sorted(Comparator.comparing((ReturnFact r) -> r.returnedAt).thenComparing(r -> r.episodeId))
                    .toList();
            List<DiscussionFact> discussions = allDiscussions.stream()
                    .filter(d -> period.contains(d.discussedOn))
                    .sorted(Comparator.comparing((DiscussionFact d) -> d.discussedOn)
                            .thenComparing(d -> d.discussionId))
                    .toList();
            // an action withdrawn (its case closed) on or before its due date was no longer expected
            List<ActionFact> actions = allActions.stream()
                    .filter(a -> period.contains(a.dueDate))
                    .filter(a -> a.withdrawnOn == null || a.withdrawnOn.isAfter(a.dueDate))
                    .sorted(Comparator.comparing((ActionFact a) -> a.dueDate).thenComparing(a -> a.actionId))
                    .toList();
            Map<String, ChildSeen> children = new LinkedHashMap<>();
            childReferrals.forEach(cr -> children.putIfAbsent(cr.child().childId, new ChildSeen(cr.child())));
            episodes.forEach(e -> children.putIfAbsent(e.childId, new ChildSeen(e)));
            discussions.forEach(d -> children.putIfAbsent(d.childId, new ChildSeen(d)));
            return new Slice(referrals, childReferrals, episodes, returns, discussions, actions,
                    List.copyOf(children.values()));
        }

        Slice only(Breakdown breakdown, String group) {
            return new Slice(in(referrals, breakdown, group), in(childReferrals, breakdown, group),
                    in(episodes, breakdown, group), in(returns, breakdown, group), in(discussions, breakdown, group),
                    in(actions, breakdown, group), in(children, breakdown, group));
        }

        private static <T> List<T> in(List<T> records, Breakdown breakdown, String group) {
            return records.stream().filter(r -> groupsOf(r, breakdown).contains(group)).toList();
        }
    }

    // ---------------------------------------------------------------- breakdown groups

    static Set<String> groupsOf(Object record, Breakdown breakdown) {
        if (breakdown == Breakdown.NONE) {
            return Set.of();
        }
        if (record instanceof ReferralFact r) {
            if (breakdown == Breakdown.SOURCE) {
                return Set.of(orNotRecorded(r.sourceCode));
            }
            Set<String> groups = new TreeSet<>();
            r.children.forEach(c -> groups.add(attribute(breakdown, c)));
            return groups;
        }
        if (record instanceof ChildReferral cr) {
            return Set.of(breakdown == Breakdown.SOURCE ? orNotRecorded(cr.referral().sourceCode)
                    : attribute(breakdown, cr.child()));
        }
        if (breakdown == Breakdown.SOURCE) {
            return Set.of(); // missing episodes and panel records have no source agency
        }
        return Set.of(attribute(breakdown, (ChildAttributes) record));
    }

    private static String attribute(Breakdown breakdown, ChildAttributes child) {
        return switch (breakdown) {
            case SEX -> orNotRecorded(child.sex);
            case ETHNICITY -> ethnicGroup(child.ethnicity);
            case LOCALITY -> orNotRecorded(child.locality);
            default -> NOT_RECORDED;
        };
    }

    static String groupLabel(Breakdown breakdown, String group) {
        if (NOT_RECORDED.equals(group)) {
            return "Not recorded";
        }
        return switch (breakdown) {
            case SOURCE -> sourceLabel(group);
            case SEX -> ReferenceCodes.SEX.description(group).orElse(group);
            case ETHNICITY -> ethnicGroupLabel(group);
            default -> group;
        };
    }

    // ---------------------------------------------------------------- KPIs

    KpiValue value(Kpi kpi, Slice s) {
        return value(kpi, definitions.get(kpi), s);
    }

    private <T> KpiValue value(Kpi kpi, Definition<T> d, Slice s) {
        List<T> records = d.basis.records().apply(s);
        List<T> counted = records.stream().filter(d.counted).toList();
        long hits = counted.size();
        return switch (kpi.unit()) {
            case COUNT -> KpiValue.count(d.distinct == null ? hits
                    : counted.stream().map(d.distinct).distinct().count());
            case DISTRIBUTION -> KpiValue.count(hits);
            case PERCENT -> KpiValue.percent(hits, records.size());
            case RATE_PER_10000 -> new KpiValue(settings.childPopulation() <= 0 ? null
                    : KpiValue.round1(10_000.0 * records.size() / settings.childPopulation()), records.size(),
                    settings.childPopulation());
            case HOURS, DAYS -> {
                List<Double> measured = counted.stream().map(d.measure::applyAsDouble).sorted().toList();
                yield new KpiValue(median(measured), measured.size(), 0);
            }
        };
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return KpiValue.round1(m);
    }

    // ---------------------------------------------------------------- the dashboard

    KpiResult result(Kpi kpi, List<Slice> trend, Breakdown breakdown) {
        Slice current = trend.get(trend.size() - 1);
        Slice previous = trend.size() > 1 ? trend.get(trend.size() - 2) : null;
        List<KpiValue> values = trend.stream().map(s -> value(kpi, s)).toList();
        KpiValue now = values.get(values.size() - 1);
        KpiValue before = previous == null ? null : values.get(values.size() - 2);
        KpiTarget target = settings.target(kpi);
        Rag status = target == null ? Rag.NONE : target.status(kpi, now.value());
        List<KpiGroupValue> groups = kpi.unit() == KpiUnit.DISTRIBUTION
                ? distribution(definitions.get(kpi), current, previous)
                : breakdown == Breakdown.NONE ? List.of() : breakdown(kpi, current, previous, breakdown);
        return new KpiResult(kpi, now, before, values, status, target, groups);
    }

    private static <T> List<KpiGroupValue> distribution(Definition<T> d, Slice current, Slice previous) {
        List<KpiGroupValue> groups = new ArrayList<>();
        for (String c : new LinkedHashSet<>(d.categories.get())) {
            long n = countIn(d, current, c);
            long p = previous == null ? 0 : countIn(d, previous, c);
            if (n > 0 || p > 0) {
                groups.add(new KpiGroupValue(c, d.categoryLabel.apply(c), KpiValue.count(n), KpiValue.count(p)));
            }
        }
        return groups;
    }

    private static <T> long countIn(Definition<T> d, Slice s, String category) {
        return d.basis.records().apply(s).stream().filter(d.counted).filter(r -> category.equals(d.category.apply(r)))
                .count();
    }

    private List<KpiGroupValue> breakdown(Kpi kpi, Slice current, Slice previous, Breakdown breakdown) {
        Function<Slice, ? extends List<?>> records = definitions.get(kpi).basis.records();
        Set<String> seen = new TreeSet<>();
        for (Slice s : previous == null ? List.of(current) : List.of(previous, current)) {
            records.apply(s).forEach(r -> seen.addAll(groupsOf(r, breakdown)));
        }
        List<KpiGroupValue> groups = new ArrayList<>();
        for (String g : seen) {
            KpiValue n = value(kpi, group(current, breakdown, g));
            KpiValue p = previous == null ? null : value(kpi, group(previous, breakdown, g));
            if (kpi.unit() == KpiUnit.RATE_PER_10000) {
                // no population per group: the count of children referred only
                n = new KpiValue(null, n.numerator(), 0);
                p = p == null ? null : new KpiValue(null, p.numerator(), 0);
            }
            groups.add(new KpiGroupValue(g, groupLabel(breakdown, g), n, p));
        }
        return groups;
    }

    private Slice group(Slice slice, Breakdown breakdown, String group) {
        return groupSlices.computeIfAbsent(slice, s -> new HashMap<>())
                .computeIfAbsent(group, g -> slice.only(breakdown, g));
    }

    /** The records behind a KPI in a slice, optionally one group of a breakdown or distribution. */
    List<KpiRecord> records(Kpi kpi, Slice s, Breakdown breakdown, String group) {
        boolean distribution = kpi.unit() == KpiUnit.DISTRIBUTION;
        Slice slice = group != null && !distribution && breakdown != Breakdown.NONE ? s.only(breakdown, group) : s;
        return records(definitions.get(kpi), slice, distribution ? group : null);
    }

    private <T> List<KpiRecord> records(Definition<T> d, Slice slice, String category) {
        List<KpiRecord> out = new ArrayList<>();
        for (T r : d.basis.records().apply(slice)) {
            if (category == null || category.equals(d.category.apply(r))) {
                out.add(d.basis.view().of(r, d.counted.test(r), workingDays));
            }
        }
        return out;
    }
}
