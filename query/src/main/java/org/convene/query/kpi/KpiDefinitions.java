package org.convene.query.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

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
import org.convene.query.kpi.api.KpiRecord;
import org.convene.query.kpi.api.KpiValue;

/**
 * How each KPI of {@link Kpi} (its id, name, unit, direction and section) is calculated from the
 * fact rows, declared once per KPI (docs/kpis.md): the records it counts, which of them are in its
 * numerator, and for distributions their categories; medians say what they measure. The
 * calculation itself ({@link KpiCalculator}) is the same for every KPI of a unit.
 */
final class KpiDefinitions {

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

    private KpiDefinitions() {
    }

    /** A kind of record a KPI counts: which of a period's facts, and how each is listed when drilled into. */
    record Basis<T>(Function<KpiCalculator.Slice, List<T>> records, RecordView<T> view) {
    }

    /** A record as the drill-down lists it. */
    interface RecordView<T> {
        KpiRecord of(T record, boolean counted, WorkingDays workingDays);
    }

    static final Basis<ReferralFact> REFERRALS = new Basis<>(KpiCalculator.Slice::referrals, (r, counted, days) ->
            new KpiRecord("referral", r.referralId, String.join(", ", r.children.stream().map(c -> c.childId).toList()),
                    KpiProjection.ukDate(r.receivedAt), counted, (r.response == null ? "Awaiting decision"
                    : ScreeningResponse.valueOf(r.response).label()) + (r.decidedAt == null ? ""
                    : decidedInTime(r, days) ? "; decided within 1 working day" : "; decided after 1 working day")));
    static final Basis<KpiCalculator.ChildReferral> CHILD_REFERRALS = new Basis<>(
            KpiCalculator.Slice::childReferrals, (cr, counted, days) -> new KpiRecord("referral",
            cr.referral().referralId, cr.child().childId, KpiProjection.ukDate(cr.referral().receivedAt), counted,
            cr.child().reReferral ? "Re-referral within 12 months" : "First referral in 12 months"));
    static final Basis<EpisodeFact> EPISODES = new Basis<>(KpiCalculator.Slice::episodes, (e, counted, days) ->
            new KpiRecord("episode", e.episodeId, e.childId, KpiProjection.ukDate(e.lastSeenAt), counted,
                    (e.returnedAt == null ? "Still missing" : "Returned after " + KpiValue.round1(hours(e)) + " hours")
                            + (e.repeat ? "; 3rd or later episode in 90 days" : "")));
    static final Basis<ReturnFact> RETURNS = new Basis<>(KpiCalculator.Slice::returns, (r, counted, days) ->
            new KpiRecord("episode", r.episodeId, r.childId, KpiProjection.ukDate(r.returnedAt), counted,
                    r.outcome != null ? InterviewOutcome.valueOf(r.outcome).label()
                            : r.offeredAt == null ? "No interview recorded" : "Interview offered"));
    static final Basis<DiscussionFact> PANEL_DISCUSSIONS = new Basis<>(KpiCalculator.Slice::discussions,
            (d, counted, days) -> new KpiRecord("panel discussion", d.discussionId, d.childId, d.discussedOn, counted,
                    (NEW.equals(d.type) ? "New" : "Review") + "; risk " + riskLabel(d.previousRisk) + " to "
                            + riskLabel(d.risk)));
    static final Basis<ActionFact> PANEL_ACTIONS = new Basis<>(KpiCalculator.Slice::actions, (a, counted, days) ->
            new KpiRecord("panel action", a.actionId, a.childId, a.dueDate, counted, a.completedOn == null
                    ? "Not done" : "Done " + a.completedOn + (onTime(a) ? " (by the due date)" : " (late)")));
    static final Basis<KpiCalculator.ChildSeen> CHILDREN = new Basis<>(KpiCalculator.Slice::children,
            (c, counted, days) -> new KpiRecord("child", c.childId, c.childId, null, counted,
                    ethnicGroupLabel(ethnicGroup(c.ethnicity)) + "; "
                            + KpiCalculator.groupLabel(Breakdown.SEX, orNotRecorded(c.sex))));

    /** One KPI's calculation. */
    static final class Definition<T> {
        final Basis<T> basis;
        /** Whether a record is in the numerator (the drill-down marks it "counted"). */
        Predicate<T> counted = r -> true;
        /** A count of distinct children of the counted records, not of the records. */
        Function<T, String> distinct;
        /** What a median (hours, days) is taken of, over the counted records. */
        ToDoubleFunction<T> measure;
        /** A distribution's category of a record (null: not in the distribution). */
        Function<T, String> category = r -> null;
        /** A distribution's categories in their published order (others seen follow). */
        Supplier<List<String>> categories = List::of;
        UnaryOperator<String> categoryLabel = c -> c;

        private Definition(Basis<T> basis) {
            this.basis = basis;
        }

        Definition<T> counting(Predicate<T> numerator) {
            this.counted = numerator;
            return this;
        }

        Definition<T> distinctChildren(Function<T, String> childId) {
            this.distinct = childId;
            return this;
        }

        Definition<T> medianOf(ToDoubleFunction<T> value) {
            this.measure = value;
            return this;
        }

        Definition<T> by(Function<T, String> of, Supplier<List<String>> published, UnaryOperator<String> label) {
            this.category = of;
            this.categories = published;
            this.categoryLabel = label;
            return this;
        }
    }

    private static <T> Definition<T> over(Basis<T> basis) {
        return new Definition<>(basis);
    }

    /** Every KPI's calculation; screening timeliness counts the working days of {@code days}. */
    static Map<Kpi, Definition<?>> all(WorkingDays days) {
        Map<Kpi, Definition<?>> all = new EnumMap<>(Kpi.class);
        all.put(Kpi.REFERRALS_RECEIVED, over(REFERRALS));
        all.put(Kpi.REFERRALS_BY_SOURCE, over(REFERRALS).by(r -> orNotRecorded(r.sourceCode),
                () -> new ArrayList<>(CodeList.REFERRAL_SOURCE.entries().keySet()),
                c -> NOT_RECORDED.equals(c) ? "Not recorded" : sourceLabel(c)));
        all.put(Kpi.REFERRALS_BY_TYPE, over(REFERRALS).by(r -> orNotRecorded(r.type),
                () -> names(ReferralType.values()),
                c -> NOT_RECORDED.equals(c) ? "Not recorded" : ReferralType.valueOf(c).label()));
        all.put(Kpi.CHILD_REFERRAL_RATE, over(CHILD_REFERRALS));
        all.put(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY, over(REFERRALS).counting(r -> decidedInTime(r, days)));
        all.put(Kpi.SCREENING_OUTCOMES, over(REFERRALS).by(r -> r.response == null ? AWAITING : r.response,
                () -> with(names(ScreeningResponse.values()), AWAITING),
                c -> AWAITING.equals(c) ? "Awaiting decision" : ScreeningResponse.valueOf(c).label()));
        all.put(Kpi.RE_REFERRAL_RATE, over(CHILD_REFERRALS).counting(cr -> cr.child().reReferral));
        all.put(Kpi.DASH_LEVELS, over(REFERRALS).counting(r -> r.dash != null)
                .by(r -> r.dash, () -> names(DashLevel.values()), c -> DashLevel.valueOf(c).label()));
        all.put(Kpi.MARAC_REFERRALS, over(REFERRALS)
                .counting(r -> ScreeningResponse.MARAC_REFERRAL.name().equals(r.response)));
        all.put(Kpi.MISSING_EPISODES, over(EPISODES));
        all.put(Kpi.MISSING_CHILDREN, over(EPISODES).distinctChildren(e -> e.childId));
        all.put(Kpi.REPEAT_MISSING_CHILDREN, over(EPISODES).counting(e -> e.repeat).distinctChildren(e -> e.childId));
        all.put(Kpi.MEDIAN_EPISODE_HOURS, over(EPISODES).counting(e -> e.returnedAt != null)
                .medianOf(KpiDefinitions::hours));
        all.put(Kpi.INTERVIEW_OFFERED_IN_72_HOURS, over(RETURNS).counting(KpiDefinitions::offeredInTime));
        all.put(Kpi.INTERVIEW_COMPLETED_IN_72_HOURS, over(RETURNS).counting(KpiDefinitions::completedInTime));
        all.put(Kpi.INTERVIEW_DECLINED, over(RETURNS).counting(r -> r.outcome != null && DECLINED.contains(r.outcome)));
        all.put(Kpi.PANEL_NEW_YOUNG_PEOPLE, over(PANEL_DISCUSSIONS).counting(d -> NEW.equals(d.type))
                .distinctChildren(d -> d.childId));
        all.put(Kpi.PANEL_REVIEWED_YOUNG_PEOPLE, over(PANEL_DISCUSSIONS).counting(d -> REVIEW.equals(d.type))
                .distinctChildren(d -> d.childId));
        all.put(Kpi.PANEL_RISK_AT_REVIEW, over(PANEL_DISCUSSIONS).counting(d -> REVIEW.equals(d.type))
                .by(KpiDefinitions::riskChange, () -> List.of(REDUCED, SAME, INCREASED, NOT_ASSESSED_BEFORE),
                        KpiDefinitions::riskChangeLabel));
        all.put(Kpi.PANEL_ACTIONS_ON_TIME, over(PANEL_ACTIONS).counting(KpiDefinitions::onTime));
        all.put(Kpi.PANEL_ACTIONS_OVERDUE, over(PANEL_ACTIONS).counting(a -> !onTime(a)));
        all.put(Kpi.PANEL_DAYS_TO_FIRST_DISCUSSION, over(PANEL_DISCUSSIONS)
                .counting(d -> NEW.equals(d.type) && d.caseReferredAt != null)
                .medianOf(d -> ChronoUnit.DAYS.between(KpiProjection.ukDate(d.caseReferredAt), d.discussedOn)));
        all.put(Kpi.ETHNICITY_RECORDED, over(CHILDREN).counting(c -> !NOT_RECORDED.equals(ethnicGroup(c.ethnicity))));
        all.put(Kpi.CHILDREN_BY_ETHNICITY, over(CHILDREN).by(c -> ethnicGroup(c.ethnicity),
                () -> List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "REFU", NOT_RECORDED),
                KpiDefinitions::ethnicGroupLabel));
        all.put(Kpi.CHILDREN_BY_SEX, over(CHILDREN).by(c -> orNotRecorded(c.sex),
                () -> with(new ArrayList<>(ReferenceCodes.SEX.entries().keySet()), NOT_RECORDED),
                c -> KpiCalculator.groupLabel(Breakdown.SEX, c)));
        if (all.size() != Kpi.values().length) {
            throw new IllegalStateException("A KPI without a calculation");
        }
        return all;
    }

    // ---------------------------------------------------------------- the rules of docs/kpis.md

    static boolean decidedInTime(ReferralFact r, WorkingDays workingDays) {
        return r.decidedAt != null && workingDays.withinOneWorkingDay(r.receivedAt, r.decidedAt);
    }

    static double hours(EpisodeFact e) {
        return Duration.between(e.lastSeenAt, e.returnedAt).toMinutes() / 60.0;
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

    private static String riskChangeLabel(String change) {
        return switch (change) {
            case REDUCED -> "Reduced";
            case SAME -> "Same";
            case INCREASED -> "Increased";
            default -> "No previous level";
        };
    }

    private static String riskLabel(String level) {
        return level == null ? "–" : PanelRiskLevel.valueOf(level).label();
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

    static String orNotRecorded(String value) {
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

    static String sourceLabel(String code) {
        return CodeList.REFERRAL_SOURCE.description(code)
                .map(d -> code + " " + d.replaceAll("\\.$", "")).orElse(code);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> with(List<String> categories, String last) {
        List<String> all = new ArrayList<>(categories);
        all.add(last);
        return all;
    }
}
