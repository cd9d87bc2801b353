package org.convene.query.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ReferralType;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.coordination.shared.api.CodeList;
import org.convene.coordination.shared.api.ReferenceCodes;
import org.convene.coordination.shared.api.WorkingDays;
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
 * Computes every KPI of docs/kpis.md from fact rows, in memory. Pure: the same rows give the same
 * figures, whichever order they were projected in.
 */
final class KpiCalculator {

    static final Duration INTERVIEW_DUE = Duration.ofHours(72);
    static final String NOT_RECORDED = "NOT_RECORDED";
    static final String AWAITING = "AWAITING_DECISION";
    static final String NEW = PanelDiscussionType.NEW.name();
    static final String REVIEW = PanelDiscussionType.REVIEW.name();
    static final String REDUCED = "REDUCED";
    static final String SAME = "SAME";
    static final String INCREASED = "INCREASED";
    static final String NOT_ASSESSED_BEFORE = "NOT_ASSESSED_BEFORE";
    private static final Set<String> DECLINED = Set.of(InterviewOutcome.DECLINED_BY_CHILD.name(),
            InterviewOutcome.DECLINED_BY_PARENT_OR_CARER.name());

    private final WorkingDays workingDays;
    private final KpiSettings settings;
    /** Each slice's groups, split once per request (every KPI of a breakdown uses the same split). */
    private final Map<Slice, Map<String, Slice>> groupSlices = new java.util.IdentityHashMap<>();

    KpiCalculator(WorkingDays workingDays, KpiSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    /** The kinds of record a KPI counts. */
    enum Basis { REFERRALS, CHILD_REFERRALS, EPISODES, RETURNS, PANEL_DISCUSSIONS, PANEL_ACTIONS, CHILDREN }

    record ChildReferral(ReferralFact referral, ReferralFact.ChildFact child) {
    }

    record ChildSeen(String childId, String sex, String ethnicity, String locality) {
    }

    /** The facts of one period (or of one group of a breakdown within it). */
    record Slice(List<ReferralFact> referrals, List<ChildReferral> childReferrals, List<EpisodeFact> episodes,
                 List<ReturnFact> returns, List<DiscussionFact> discussions, List<ActionFact> actions,
                 List<ChildSeen> children) {

        static Slice of(KpiPeriod period, List<ReferralFact> allReferrals, List<EpisodeFact> allEpisodes,
                        List<ReturnFact> allReturns) {
            return of(period, allReferrals, allEpisodes, allReturns, List.of(), List.of());
        }

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
                    .sorted(Comparator.comparing((DiscussionFact d) -> d.discussedOn).thenComparing(d -> d.discussionId))
                    .toList();
            // an action withdrawn (its case closed) on or before its due date was no longer expected
            List<ActionFact> actions = allActions.stream()
                    .filter(a -> period.contains(a.dueDate))
                    .filter(a -> a.withdrawnOn == null || a.withdrawnOn.isAfter(a.dueDate))
                    .sorted(Comparator.comparing((ActionFact a) -> a.dueDate).thenComparing(a -> a.actionId))
                    .toList();
            Map<String, ChildSeen> children = new LinkedHashMap<>();
            childReferrals.forEach(cr -> children.putIfAbsent(cr.child().childId, new ChildSeen(cr.child().childId,
                    cr.child().sex, cr.child().ethnicity, cr.child().locality)));
            episodes.forEach(e -> children.putIfAbsent(e.childId,
                    new ChildSeen(e.childId, e.sex, e.ethnicity, e.locality)));
            discussions.forEach(d -> children.putIfAbsent(d.childId,
                    new ChildSeen(d.childId, d.sex, d.ethnicity, d.locality)));
            return new Slice(referrals, childReferrals, episodes, returns, discussions, actions,
                    List.copyOf(children.values()));
        }

        Slice only(Breakdown breakdown, String group) {
            return new Slice(
                    referrals.stream().filter(r -> groupsOf(r, breakdown).contains(group)).toList(),
                    childReferrals.stream().filter(cr -> groupsOf(cr, breakdown).contains(group)).toList(),
                    episodes.stream().filter(e -> groupsOf(e, breakdown).contains(group)).toList(),
                    returns.stream().filter(r -> groupsOf(r, breakdown).contains(group)).toList(),
                    discussions.stream().filter(r -> groupsOf(r, breakdown).contains(group)).toList(),
                    actions.stream().filter(r -> groupsOf(r, breakdown).contains(group)).toList(),
                    children.stream().filter(c -> groupsOf(c, breakdown).contains(group)).toList());
        }

        List<?> records(Basis basis) {
            return switch (basis) {
                case REFERRALS -> referrals;
                case CHILD_REFERRALS -> childReferrals;
                case EPISODES -> episodes;
                case RETURNS -> returns;
                case PANEL_DISCUSSIONS -> discussions;
                case PANEL_ACTIONS -> actions;
                case CHILDREN -> children;
            };
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
            r.children.forEach(c -> groups.add(attribute(breakdown, c.sex, c.ethnicity, c.locality)));
            return groups;
        }
        if (record instanceof ChildReferral cr) {
            return Set.of(breakdown == Breakdown.SOURCE ? orNotRecorded(cr.referral().sourceCode)
                    : attribute(breakdown, cr.child().sex, cr.child().ethnicity, cr.child().locality));
        }
        if (breakdown == Breakdown.SOURCE) {
            return Set.of(); // missing episodes have no source agency
        }
        if (record instanceof EpisodeFact e) {
            return Set.of(attribute(breakdown, e.sex, e.ethnicity, e.locality));
        }
        if (record instanceof ReturnFact r) {
            return Set.of(attribute(breakdown, r.sex, r.ethnicity, r.locality));
        }
        if (record instanceof DiscussionFact d) {
            return Set.of(attribute(breakdown, d.sex, d.ethnicity, d.locality));
        }
        if (record instanceof ActionFact a) {
            return Set.of(attribute(breakdown, a.sex, a.ethnicity, a.locality));
        }
        ChildSeen c = (ChildSeen) record;
        return Set.of(attribute(breakdown, c.sex(), c.ethnicity(), c.locality()));
    }

    private static String attribute(Breakdown breakdown, String sex, String ethnicity, String locality) {
        return switch (breakdown) {
            case SEX -> orNotRecorded(sex);
            case ETHNICITY -> ethnicGroup(ethnicity);
            case LOCALITY -> orNotRecorded(locality);
            default -> NOT_RECORDED;
        };
    }

    private static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    /** The DfE ethnicity code's major group (the first letter), REFU, or not recorded (blank or NOBT). */
    static String ethnicGroup(String code) {
        if (code == null || code.isBlank() || "NOBT".equals(code)) {
            return NOT_RECORDED;
        }
        if ("REFU".equals(code)) {
            return "REFU";
        }
        return switch (code.charAt(0)) {
            case 'W' -> "WHITE";
            case 'M' -> "MIXED";
            case 'A' -> "ASIAN";
            case 'B' -> "BLACK";
            default -> "OTHER";
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

    static String sourceLabel(String code) {
        return CodeList.REFERRAL_SOURCE.description(code)
                .map(d -> code + " " + d.replaceAll("\\.$", "")).orElse(code);
    }

    static String ethnicGroupLabel(String group) {
        return switch (group) {
            case "WHITE" -> "White";
            case "MIXED" -> "Mixed or multiple";
            case "ASIAN" -> "Asian or Asian British";
            case "BLACK" -> "Black or Black British";
            case "OTHER" -> "Chinese or other ethnic group";
            case "REFU" -> "Refused";
            case NOT_RECORDED -> "Not recorded";
            default -> group;
        };
    }

    // ---------------------------------------------------------------- KPIs

    static Basis basis(Kpi kpi) {
        return switch (kpi) {
            case REFERRALS_RECEIVED, REFERRALS_BY_SOURCE, REFERRALS_BY_TYPE, SCREENED_WITHIN_ONE_WORKING_DAY,
                 SCREENING_OUTCOMES, DASH_LEVELS, MARAC_REFERRALS -> Basis.REFERRALS;
            case CHILD_REFERRAL_RATE, RE_REFERRAL_RATE -> Basis.CHILD_REFERRALS;
            case MISSING_EPISODES, MISSING_CHILDREN, REPEAT_MISSING_CHILDREN, MEDIAN_EPISODE_HOURS -> Basis.EPISODES;
            case INTERVIEW_OFFERED_IN_72_HOURS, INTERVIEW_COMPLETED_IN_72_HOURS, INTERVIEW_DECLINED -> Basis.RETURNS;
            case PANEL_NEW_YOUNG_PEOPLE, PANEL_REVIEWED_YOUNG_PEOPLE, PANEL_RISK_AT_REVIEW,
                 PANEL_DAYS_TO_FIRST_DISCUSSION -> Basis.PANEL_DISCUSSIONS;
            case PANEL_ACTIONS_ON_TIME, PANEL_ACTIONS_OVERDUE -> Basis.PANEL_ACTIONS;
            case ETHNICITY_RECORDED, CHILDREN_BY_ETHNICITY, CHILDREN_BY_SEX -> Basis.CHILDREN;
        };
    }

    /** Whether a record of the KPI's basis counts in its numerator (drill-down marks it). */
    Predicate<Object> counted(Kpi kpi) {
        return switch (kpi) {
            case SCREENED_WITHIN_ONE_WORKING_DAY -> o -> decidedInTime((ReferralFact) o);
            case RE_REFERRAL_RATE -> o -> ((ChildReferral) o).child().reReferral;
            case MARAC_REFERRALS -> o -> ScreeningResponse.MARAC_REFERRAL.name().equals(((ReferralFact) o).response);
            case REPEAT_MISSING_CHILDREN -> o -> ((EpisodeFact) o).repeat;
            case MEDIAN_EPISODE_HOURS -> o -> ((EpisodeFact) o).returnedAt != null;
            case INTERVIEW_OFFERED_IN_72_HOURS -> o -> offeredInTime((ReturnFact) o);
            case INTERVIEW_COMPLETED_IN_72_HOURS -> o -> completedInTime((ReturnFact) o);
            case INTERVIEW_DECLINED -> o -> ((ReturnFact) o).outcome != null && DECLINED.contains(((ReturnFact) o).outcome);
            case ETHNICITY_RECORDED -> o -> !NOT_RECORDED.equals(ethnicGroup(((ChildSeen) o).ethnicity()));
            case DASH_LEVELS -> o -> ((ReferralFact) o).dash != null;
            case PANEL_NEW_YOUNG_PEOPLE -> o -> NEW.equals(((DiscussionFact) o).type);
            case PANEL_DAYS_TO_FIRST_DISCUSSION -> o -> NEW.equals(((DiscussionFact) o).type)
                    && ((DiscussionFact) o).caseReferredAt != null;
            case PANEL_REVIEWED_YOUNG_PEOPLE, PANEL_RISK_AT_REVIEW -> o -> REVIEW.equals(((DiscussionFact) o).type);
            case PANEL_ACTIONS_ON_TIME -> o -> onTime((ActionFact) o);
            case PANEL_ACTIONS_OVERDUE -> o -> !onTime((ActionFact) o);
            default -> o -> true;
        };
    }

    /** A distribution KPI's category of a record (null: not in the distribution). */
    static Function<Object, String> category(Kpi kpi) {
        return switch (kpi) {
            case REFERRALS_BY_SOURCE -> o -> orNotRecorded(((ReferralFact) o).sourceCode);
            case REFERRALS_BY_TYPE -> o -> orNotRecorded(((ReferralFact) o).type);
            case SCREENING_OUTCOMES -> o -> ((ReferralFact) o).response == null ? AWAITING : ((ReferralFact) o).response;
            case DASH_LEVELS -> o -> ((ReferralFact) o).dash;
            case CHILDREN_BY_ETHNICITY -> o -> ethnicGroup(((ChildSeen) o).ethnicity());
            case CHILDREN_BY_SEX -> o -> orNotRecorded(((ChildSeen) o).sex());
            case PANEL_RISK_AT_REVIEW -> o -> riskChange((DiscussionFact) o);
            default -> o -> null;
        };
    }

    /** The categories of a distribution, in their published order, then any others seen. */
    static List<String> categories(Kpi kpi) {
        return switch (kpi) {
            case REFERRALS_BY_SOURCE -> new ArrayList<>(CodeList.REFERRAL_SOURCE.entries().keySet());
            case REFERRALS_BY_TYPE -> java.util.Arrays.stream(ReferralType.values()).map(Enum::name).toList();
            case SCREENING_OUTCOMES -> {
                List<String> c = new ArrayList<>(java.util.Arrays.stream(ScreeningResponse.values())
                        .map(Enum::name).toList());
                c.add(AWAITING);
                yield c;
            }
            case DASH_LEVELS -> java.util.Arrays.stream(DashLevel.values()).map(Enum::name).toList();
            case PANEL_RISK_AT_REVIEW -> List.of(REDUCED, SAME, INCREASED, NOT_ASSESSED_BEFORE);
            case CHILDREN_BY_ETHNICITY -> List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "REFU", NOT_RECORDED);
            case CHILDREN_BY_SEX -> {
                List<String> c = new ArrayList<>(ReferenceCodes.SEX.entries().keySet());
                c.add(NOT_RECORDED);
                yield c;
            }
            default -> List.of();
        };
    }

    static String categoryLabel(Kpi kpi, String category) {
        return switch (kpi) {
            case REFERRALS_BY_SOURCE -> NOT_RECORDED.equals(category) ? "Not recorded" : sourceLabel(category);
            case REFERRALS_BY_TYPE -> NOT_RECORDED.equals(category) ? "Not recorded"
                    : ReferralType.valueOf(category).label();
            case SCREENING_OUTCOMES -> AWAITING.equals(category) ? "Awaiting decision"
                    : ScreeningResponse.valueOf(category).label();
            case DASH_LEVELS -> DashLevel.valueOf(category).label();
            case PANEL_RISK_AT_REVIEW -> switch (category) {
                case REDUCED -> "Reduced";
                case SAME -> "Same";
                case INCREASED -> "Increased";
                default -> "No previous level";
            };
            case CHILDREN_BY_ETHNICITY -> ethnicGroupLabel(category);
            case CHILDREN_BY_SEX -> NOT_RECORDED.equals(category) ? "Not recorded"
                    : ReferenceCodes.SEX.description(category).orElse(category);
            default -> category;
        };
    }

    KpiValue value(Kpi kpi, Slice s) {
        List<?> records = s.records(basis(kpi));
        Predicate<Object> counted = counted(kpi);
        long hits = records.stream().filter(counted).count();
        return switch (kpi.unit()) {
            case COUNT -> switch (kpi) {
                case MISSING_CHILDREN -> KpiValue.count(s.episodes().stream().map(e -> e.childId).distinct().count());
                case REPEAT_MISSING_CHILDREN -> KpiValue.count(s.episodes().stream().filter(e -> e.repeat)
                        .map(e -> e.childId).distinct().count());
                case PANEL_NEW_YOUNG_PEOPLE, PANEL_REVIEWED_YOUNG_PEOPLE -> KpiValue.count(records.stream()
                        .filter(counted).map(o -> ((DiscussionFact) o).childId).distinct().count());
                default -> KpiValue.count(hits);
            };
            case DISTRIBUTION -> KpiValue.count(hits);
            case PERCENT -> KpiValue.percent(hits, records.size());
            case RATE_PER_10000 -> new KpiValue(settings.childPopulation() <= 0 ? null
                    : KpiValue.round1(10_000.0 * records.size() / settings.childPopulation()), records.size(),
                    settings.childPopulation());
            case HOURS -> {
                List<Double> hours = s.episodes().stream().filter(e -> e.returnedAt != null)
                        .map(e -> Duration.between(e.lastSeenAt, e.returnedAt).toMinutes() / 60.0).sorted().toList();
                yield new KpiValue(median(hours), hours.size(), 0);
            }
            case DAYS -> {
                List<Double> days = records.stream().filter(counted).map(o -> (DiscussionFact) o)
                        .map(d -> (double) java.time.temporal.ChronoUnit.DAYS.between(
                                KpiProjection.ukDate(d.caseReferredAt), d.discussedOn))
                        .sorted().toList();
                yield new KpiValue(median(days), days.size(), 0);
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

    boolean decidedInTime(ReferralFact r) {
        return r.decidedAt != null && workingDays.withinOneWorkingDay(r.receivedAt, r.decidedAt);
    }

    static boolean onTime(ActionFact a) {
        return a.completedOn != null && !a.completedOn.isAfter(a.dueDate);
    }

    static String riskChange(DiscussionFact d) {
        if (!REVIEW.equals(d.type)) {
            return null;
        }
        if (d.previousRisk == null || d.risk == null) {
            return NOT_ASSESSED_BEFORE;
        }
        int c = PanelRiskLevel.valueOf(d.risk).compareTo(PanelRiskLevel.valueOf(d.previousRisk));
        return c < 0 ? REDUCED : c == 0 ? SAME : INCREASED;
    }

    static Instant dueBy(ReturnFact r) {
        return r.returnedAt.plus(INTERVIEW_DUE);
    }

    static boolean offeredInTime(ReturnFact r) {
        Instant due = dueBy(r);
        if (r.offeredAt != null && !r.offeredAt.isAfter(due)) {
            return true;
        }
        // an interview held or declined in time was offered in time, whether or not the offer was recorded
        return r.outcome != null && !InterviewOutcome.NOT_POSSIBLE.name().equals(r.outcome)
                && r.outcomeAt != null && !r.outcomeAt.isAfter(due);
    }

    static boolean completedInTime(ReturnFact r) {
        return InterviewOutcome.COMPLETED.name().equals(r.outcome) && r.outcomeAt != null
                && !r.outcomeAt.isAfter(dueBy(r));
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
        List<KpiGroupValue> groups = new ArrayList<>();
        if (kpi.unit() == KpiUnit.DISTRIBUTION) {
            Function<Object, String> category = category(kpi);
            Set<String> cats = new LinkedHashSet<>(categories(kpi));
            Predicate<Object> counted = counted(kpi);
            for (String c : cats) {
                long n = countIn(current, kpi, category, counted, c);
                long p = previous == null ? 0 : countIn(previous, kpi, category, counted, c);
                if (n > 0 || p > 0) {
                    groups.add(new KpiGroupValue(c, categoryLabel(kpi, c), KpiValue.count(n), KpiValue.count(p)));
                }
            }
        } else if (breakdown != Breakdown.NONE) {
            Set<String> seen = new TreeSet<>();
            Basis basis = basis(kpi);
            for (Slice s : previous == null ? List.of(current) : List.of(previous, current)) {
                s.records(basis).forEach(r -> seen.addAll(groupsOf(r, breakdown)));
            }
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
        }
        return new KpiResult(kpi, now, before, values, status, target, groups);
    }

    private Slice group(Slice slice, Breakdown breakdown, String group) {
        return groupSlices.computeIfAbsent(slice, s -> new java.util.HashMap<>())
                .computeIfAbsent(group, g -> slice.only(breakdown, g));
    }

    private static long countIn(Slice s, Kpi kpi, Function<Object, String> category, Predicate<Object> counted,
                                String c) {
        return s.records(basis(kpi)).stream().filter(counted).filter(r -> c.equals(category.apply(r))).count();
    }

    /** The records behind a KPI in a slice, optionally one group of a breakdown or distribution. */
    List<KpiRecord> records(Kpi kpi, Slice s, Breakdown breakdown, String group) {
        Slice slice = s;
        Function<Object, String> category = category(kpi);
        boolean distribution = kpi.unit() == KpiUnit.DISTRIBUTION;
        if (group != null && !distribution && breakdown != Breakdown.NONE) {
            slice = s.only(breakdown, group);
        }
        Predicate<Object> counted = counted(kpi);
        List<KpiRecord> out = new ArrayList<>();
        for (Object o : slice.records(basis(kpi))) {
            if (distribution && group != null && !group.equals(category.apply(o))) {
                continue;
            }
            out.add(toRecord(kpi, o, counted.test(o)));
        }
        return out;
    }

    private KpiRecord toRecord(Kpi kpi, Object o, boolean counted) {
        if (o instanceof ReferralFact r) {
            String children = String.join(", ", r.children.stream().map(c -> c.childId).toList());
            String detail = (r.response == null ? "Awaiting decision"
                    : ScreeningResponse.valueOf(r.response).label())
                    + (r.decidedAt == null ? "" : decidedInTime(r) ? "; decided within 1 working day"
                    : "; decided after 1 working day");
            return new KpiRecord("referral", r.referralId, children, KpiProjection.ukDate(r.receivedAt), counted,
                    detail);
        }
        if (o instanceof ChildReferral cr) {
            return new KpiRecord("referral", cr.referral().referralId, cr.child().childId,
                    KpiProjection.ukDate(cr.referral().receivedAt), counted,
                    cr.child().reReferral ? "Re-referral within 12 months" : "First referral in 12 months");
        }
        if (o instanceof EpisodeFact e) {
            String detail = e.returnedAt == null ? "Still missing"
                    : "Returned after " + KpiValue.round1(Duration.between(e.lastSeenAt, e.returnedAt).toMinutes()
                    / 60.0) + " hours";
            return new KpiRecord("episode", e.episodeId, e.childId, KpiProjection.ukDate(e.lastSeenAt), counted,
                    detail + (e.repeat ? "; 3rd or later episode in 90 days" : ""));
        }
        if (o instanceof DiscussionFact d) {
            String detail = (NEW.equals(d.type) ? "New" : "Review") + "; risk " + (d.previousRisk == null ? "–"
                    : PanelRiskLevel.valueOf(d.previousRisk).label()) + " to " + (d.risk == null ? "–"
                    : PanelRiskLevel.valueOf(d.risk).label());
            return new KpiRecord("panel discussion", d.discussionId, d.childId, d.discussedOn, counted, detail);
        }
        if (o instanceof ActionFact a) {
            String detail = a.completedOn == null ? "Not done" : "Done " + a.completedOn
                    + (onTime(a) ? " (by the due date)" : " (late)");
            return new KpiRecord("panel action", a.actionId, a.childId, a.dueDate, counted, detail);
        }
        if (o instanceof ReturnFact r) {
            String detail = r.outcome == null ? (r.offeredAt == null ? "No interview recorded" : "Interview offered")
                    : InterviewOutcome.valueOf(r.outcome).label();
            return new KpiRecord("episode", r.episodeId, r.childId, KpiProjection.ukDate(r.returnedAt), counted,
                    detail);
        }
        ChildSeen c = (ChildSeen) o;
        return new KpiRecord("child", c.childId(), c.childId(), null, counted,
                ethnicGroupLabel(ethnicGroup(c.ethnicity())) + "; " + groupLabel(Breakdown.SEX, orNotRecorded(c.sex())));
    }

}
