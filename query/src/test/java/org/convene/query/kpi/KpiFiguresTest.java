package org.convene.query.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.query.kpi.KpiEvents.at;
import static org.convene.query.kpi.KpiEvents.agreed;
import static org.convene.query.kpi.KpiEvents.child;
import static org.convene.query.kpi.KpiEvents.closed;
import static org.convene.query.kpi.KpiEvents.discussed;
import static org.convene.query.kpi.KpiEvents.done;
import static org.convene.query.kpi.KpiEvents.decided;
import static org.convene.query.kpi.KpiEvents.referral;
import static org.convene.query.kpi.KpiEvents.revised;
import static org.convene.query.testsupport.MissingEvents.offered;
import static org.convene.query.testsupport.MissingEvents.outcome;
import static org.convene.query.testsupport.MissingEvents.reported;
import static org.convene.query.testsupport.MissingEvents.returned;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.convene.coordination.missing.api.InterviewOutcome;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.panel.api.PanelDiscussionType;
import org.convene.coordination.panel.api.PanelRiskLevel;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.coordination.referral.api.ScreeningResponse;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.FindKpiDashboardQuery;
import org.convene.query.kpi.api.FindKpiRecordsQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiGroupValue;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.KpiRecord;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiValue;
import org.convene.query.kpi.api.Rag;
import org.convene.query.testsupport.Dispatch;
import org.convene.query.testsupport.EmbeddedMongo;
import org.convene.query.testsupport.ScreeningEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every KPI of docs/kpis.md against a dataset worked by hand (the working is in the comments).
 * The period is May 2026 (British Summer Time: UK = UTC + 1). Bank holidays: Mon 4 May and Mon 25
 * May 2026. Default targets and a child population of 125,000.
 */
class KpiFiguresTest {

    static final KpiPeriod MAY = KpiPeriod.month(YearMonth.of(2026, 5));
    static final KpiPeriod APRIL = KpiPeriod.month(YearMonth.of(2026, 4));
    static final MissingRiskLevel LOW = MissingRiskLevel.LOW;
    static final PanelDiscussionType NEW = PanelDiscussionType.NEW;
    static final PanelDiscussionType REVIEW = PanelDiscussionType.REVIEW;

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final KpiProjection projection = new KpiProjection(store.template());
    private final KpiReports reports = new KpiReports(store.template());

    /** The hand-worked dataset, in the order the event store holds it. */
    static List<Object> dataset() {
        List<Object> events = new ArrayList<>();
        events.add(child("amy", "2", "WBRI", "Northtown"));
        events.add(child("ben", "1", "BAFR", "Southtown"));
        events.add(child("cal", "1", "NOBT", "Northtown"));      // ethnicity not obtained
        events.add(child("dee", "2", "APKN", "Southtown"));
        events.add(child("dee2", "2", "", "Northtown"));          // a duplicate of dee, merged below
        events.add(child("eve", "2", "WIRI", "Northtown"));
        // a year before: R1 amy 15 May 2025, R3 ben 14 May 2025
        events.add(referral("R1", "2025-05-15T10:00:00Z", "6", DashLevel.HIGH, "amy"));
        events.add(decided("R1", "2025-05-15T15:00:00Z", ScreeningResponse.EARLY_HELP));
        events.add(referral("R3", "2025-05-14T10:00:00Z", "2A", null, "ben"));
        // April 2026: R10 eve at 23:30 BST on Thursday 30 April (22:30 UTC): April; decided Fri 1 May, in time
        events.add(referral("R10", "2026-04-30T22:30:00Z", "6", DashLevel.STANDARD, "eve"));
        events.add(decided("R10", "2026-05-01T09:00:00Z", ScreeningResponse.NO_FURTHER_ACTION));
        // R5 cal: 23:30 UTC 30 April = 00:30 BST on Friday 1 May: May. Due by the end of the next
        // working day: Monday 4 May is a bank holiday, so the end of Tuesday 5 May. Decided 5 May 15:00: in time
        events.add(referral("R5", "2026-04-30T23:30:00Z", "3A", null, "cal"));
        events.add(decided("R5", "2026-05-05T15:00:00Z", ScreeningResponse.NO_FURTHER_ACTION));
        // R2 amy, Friday 15 May 2026: exactly 12 months after R1 (15 May 2025): a re-referral.
        // Due by the end of Monday 18 May; decided 18 May 17:00 BST: in time. MARAC.
        events.add(referral("R2", "2026-05-15T09:00:00Z", "6", DashLevel.MEDIUM, "amy"));
        events.add(decided("R2", "2026-05-18T16:00:00Z", ScreeningResponse.MARAC_REFERRAL));
        // R4 ben, Friday 15 May 2026: 12 months and a day after R3 (14 May 2025): not a re-referral.
        // Due by the end of Monday 18 May; decided Tuesday 19 May: late
        events.add(referral("R4", "2026-05-15T10:00:00Z", "2A", null, "ben"));
        events.add(decided("R4", "2026-05-19T08:00:00Z", ScreeningResponse.EARLY_HELP));
        // R6 dee2 (the duplicate) Wed 20 May: decided the same day, then revised to an assessment
        events.add(referral("R6", "2026-05-20T10:00:00Z", "6", DashLevel.STANDARD, "dee2"));
        events.add(decided("R6", "2026-05-20T14:00:00Z", ScreeningResponse.EARLY_HELP));
        events.add(revised("R6", "2026-05-22T09:00:00Z", ScreeningResponse.CHILD_AND_FAMILY_ASSESSMENT));
        // R7 dee Wed 27 May: never decided (counts as not in time)
        events.add(referral("R7", "2026-05-27T10:00:00Z", "8", null, "dee"));
        // R8 ben Sat 30 May 00:30 BST: withdrawn (recorded in error): counts nowhere
        events.add(referral("R8", "2026-05-29T23:30:00Z", "6", DashLevel.HIGH, "ben"));
        events.add(ScreeningEvents.withdrawn("R8", at("2026-05-30T09:00:00Z")));
        // R9 amy 00:30 BST on 1 June: June, not May
        events.add(referral("R9", "2026-05-31T23:30:00Z", "6", DashLevel.HIGH, "amy"));
        // dee2 is merged into dee after R6 and R7: R6 becomes dee's, so R7 (7 days later) is a re-referral
        events.add(ScreeningEvents.merged("dee2", "dee", at("2026-05-28T09:00:00Z")));

        // missing: ben 10 March, 20 April, 5 May: the 5 May episode is his third in 90 days
        events.add(reported("E1", "ben", null, at("2026-03-10T20:00:00Z"), LOW));
        events.add(returned("E1", "ben", at("2026-03-11T08:00:00Z")));
        events.add(reported("E2", "ben", null, at("2026-04-20T20:00:00Z"), LOW));
        events.add(returned("E2", "ben", at("2026-04-21T20:00:00Z")));
        // E4 amy: starts 21:00 BST 30 April (April), returns 2 May (a return in May); offered 3 May,
        // completed 5 May 19:00 UTC, before the 72 hours end at 2 May 20:00 + 72 h = 5 May 20:00 UTC
        events.add(reported("E4", "amy", null, at("2026-04-30T20:00:00Z"), LOW));
        events.add(returned("E4", "amy", at("2026-05-02T20:00:00Z")));
        events.add(offered("E4", "amy", at("2026-05-03T10:00:00Z")));
        events.add(outcome("E4", "amy", InterviewOutcome.COMPLETED, at("2026-05-05T19:00:00Z"), List.of(), null));
        // E3 ben: 5 May 18:00 to 6 May 06:00 (12 h); offered exactly at the end of the 72 hours
        // (9 May 06:00: in time), completed one second after it (late)
        events.add(reported("E3", "ben", null, at("2026-05-05T18:00:00Z"), LOW));
        events.add(returned("E3", "ben", at("2026-05-06T06:00:00Z")));
        events.add(offered("E3", "ben", at("2026-05-09T06:00:00Z")));
        events.add(outcome("E3", "ben", InterviewOutcome.COMPLETED, at("2026-05-09T06:00:01Z"), List.of(), null));
        // E5 dee2 (merged into dee): 10 May 12:00 to 18:00 (6 h); offered 14 May (late), declined by the child
        events.add(reported("E5", "dee2", null, at("2026-05-10T12:00:00Z"), LOW));
        events.add(returned("E5", "dee2", at("2026-05-10T18:00:00Z")));
        events.add(offered("E5", "dee2", at("2026-05-14T09:00:00Z")));
        events.add(outcome("E5", "dee2", InterviewOutcome.DECLINED_BY_CHILD, at("2026-05-14T10:00:00Z"), List.of(),
                null));
        // E7 amy: 20 May, still missing
        events.add(reported("E7", "amy", null, at("2026-05-20T12:00:00Z"), LOW));
        // E6 cal: 23:00 BST 30 May to 1 June 10:00 UTC (36 h): starts in May, returns in June
        events.add(reported("E6", "cal", null, at("2026-05-30T22:00:00Z"), LOW));
        events.add(returned("E6", "cal", at("2026-06-01T10:00:00Z")));

        // the exploitation panel
        // ben: first discussed 14 April (referred 1 April: 13 days), reviewed 12 May, High to Medium (reduced)
        events.add(discussed("D2", "ben", "2026-04-14", NEW, null, PanelRiskLevel.HIGH, "2026-04-01T10:00:00Z"));
        events.add(discussed("D3", "ben", "2026-05-12", REVIEW, PanelRiskLevel.HIGH, PanelRiskLevel.MEDIUM,
                "2026-04-01T10:00:00Z"));
        // amy: first discussed 12 May, referred 2 May: 10 days
        events.add(discussed("D1", "amy", "2026-05-12", NEW, null, PanelRiskLevel.HIGH, "2026-05-02T10:00:00Z"));
        // dee2 (merged into dee): first discussed 12 May, referred 00:30 BST on 1 May: 11 days
        events.add(discussed("D4", "dee2", "2026-05-12", NEW, null, PanelRiskLevel.MEDIUM, "2026-04-30T23:30:00Z"));
        // cal: reviewed 31 May, Low to High (increased); amy's review on 1 June is June
        events.add(discussed("D6", "cal", "2026-05-31", REVIEW, PanelRiskLevel.LOW, PanelRiskLevel.HIGH,
                "2026-02-01T10:00:00Z"));
        events.add(discussed("D7", "amy", "2026-06-01", REVIEW, PanelRiskLevel.HIGH, PanelRiskLevel.HIGH,
                "2026-05-02T10:00:00Z"));
        // actions due in May: A1 done on its due date (on time), A2 a day late, A3 not done,
        // A4 (eve) withdrawn when eve's case closed on 8 May, before its due date 10 May: not expected any more,
        // A5 (ben) due 25 May, not done, withdrawn when ben's case closed 28 May (after its due date): not on
        // time; A6 is due in June
        events.add(agreed("A1", "ben", "2026-05-15"));
        events.add(done("A1", "ben", "2026-05-15", "2026-05-15"));
        events.add(agreed("A2", "ben", "2026-05-20"));
        events.add(done("A2", "ben", "2026-05-20", "2026-05-21"));
        events.add(agreed("A3", "amy", "2026-05-31"));
        events.add(agreed("A4", "eve", "2026-05-10"));
        events.add(agreed("A5", "ben", "2026-05-25"));
        events.add(closed("eve", "2026-05-08", "A4"));
        events.add(closed("ben", "2026-05-28", "A5"));
        events.add(agreed("A6", "amy", "2026-06-01"));
        return events;
    }

    @BeforeEach
    void load() {
        dataset().forEach(e -> Dispatch.to(e, projection));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private KpiDashboard may(Breakdown breakdown) {
        return reports.handle(new FindKpiDashboardQuery(MAY, breakdown));
    }

    private static Map<String, Long> groups(KpiResult r) {
        return r.groups().stream().collect(Collectors.toMap(KpiGroupValue::group, g -> g.current().numerator()));
    }

    @Test
    void referralKpis() {
        KpiDashboard d = may(Breakdown.NONE);
        // May: R2, R4, R5, R6, R7 (R8 withdrawn, R9 is June, R10 is April)
        assertThat(d.result(Kpi.REFERRALS_RECEIVED).current().value()).isEqualTo(5.0);
        assertThat(d.result(Kpi.REFERRALS_RECEIVED).previous().value()).isEqualTo(1.0);  // April: R10
        // sources: police 6 = R2, R6; schools 2A = R4; GP 3A = R5; other 8 = R7
        assertThat(groups(d.result(Kpi.REFERRALS_BY_SOURCE))).containsExactlyInAnyOrderEntriesOf(
                Map.of("6", 1L + 1, "2A", 1L, "3A", 1L, "8", 1L));
        // types: domestic abuse (with a DASH level) R2, R6; professional concern R4, R5, R7
        assertThat(groups(d.result(Kpi.REFERRALS_BY_TYPE))).containsExactlyInAnyOrderEntriesOf(
                Map.of("POLICE_DOMESTIC_ABUSE_NOTIFICATION", 2L, "PROFESSIONAL_CONCERN", 3L));
        // 5 children referred (amy, ben, cal, dee twice) ÷ 125,000 × 10,000 = 0.4
        assertThat(d.result(Kpi.CHILD_REFERRAL_RATE).current().value()).isEqualTo(0.4);
        assertThat(d.result(Kpi.CHILD_REFERRAL_RATE).current().numerator()).isEqualTo(5);
        // in time: R2, R5 (bank holiday), R6; late R4; undecided R7 → 3 of 5 = 60.0%: Red (target 95, amber 85)
        KpiResult screened = d.result(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY);
        assertThat(screened.current()).isEqualTo(new KpiValue(60.0, 3, 5));
        assertThat(screened.status()).isEqualTo(Rag.RED);
        assertThat(screened.previous().value()).isEqualTo(100.0);  // April: R10 decided in time
        // latest decisions: MARAC R2, early help R4, NFA R5, assessment R6 (revised), awaiting R7
        assertThat(groups(d.result(Kpi.SCREENING_OUTCOMES))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MARAC_REFERRAL", 1L, "EARLY_HELP", 1L, "NO_FURTHER_ACTION", 1L, "CHILD_AND_FAMILY_ASSESSMENT", 1L,
                "AWAITING_DECISION", 1L));
        // re-referrals: R2 (exactly 12 months after R1) and R7 (after R6, through the merge);
        // not R4 (12 months and a day), R5, R6 → 2 of 5 = 40.0%: Red (lower is better; 22, amber 25)
        KpiResult reReferral = d.result(Kpi.RE_REFERRAL_RATE);
        assertThat(reReferral.current()).isEqualTo(new KpiValue(40.0, 2, 5));
        assertThat(reReferral.status()).isEqualTo(Rag.RED);
        // DASH: medium R2, standard R6 (R8 high is withdrawn, R9 high is June)
        assertThat(groups(d.result(Kpi.DASH_LEVELS))).containsExactlyInAnyOrderEntriesOf(
                Map.of("MEDIUM", 1L, "STANDARD", 1L));
        assertThat(d.result(Kpi.MARAC_REFERRALS).current().value()).isEqualTo(1.0);
    }

    @Test
    void missingKpis() {
        KpiDashboard d = may(Breakdown.NONE);
        // episodes starting in May (UK): E3, E5, E7, E6 (E4 started 30 April)
        assertThat(d.result(Kpi.MISSING_EPISODES).current().value()).isEqualTo(4.0);
        assertThat(d.result(Kpi.MISSING_EPISODES).previous().value()).isEqualTo(2.0);  // April: E2, E4
        // children: ben, dee (E5 through the merge), amy, cal
        assertThat(d.result(Kpi.MISSING_CHILDREN).current().value()).isEqualTo(4.0);
        // ben: E1 (10 Mar), E2 (20 Apr), E3 (5 May) within 90 days
        assertThat(d.result(Kpi.REPEAT_MISSING_CHILDREN).current().value()).isEqualTo(1.0);
        assertThat(d.result(Kpi.REPEAT_MISSING_CHILDREN).previous().value()).isEqualTo(0.0);
        // ended May episodes: E5 6 h, E3 12 h, E6 36 h (E7 still missing): median 12.0
        assertThat(d.result(Kpi.MEDIAN_EPISODE_HOURS).current().value()).isEqualTo(12.0);
        assertThat(d.result(Kpi.MEDIAN_EPISODE_HOURS).current().numerator()).isEqualTo(3);
        // returns in May: E4 (2 May), E3 (6 May), E5 (10 May); E6 returned in June
        // offered in time: E4, E3 (exactly 72 h); not E5 → 2 of 3 = 66.7%: Red (90, amber 75)
        KpiResult offered = d.result(Kpi.INTERVIEW_OFFERED_IN_72_HOURS);
        assertThat(offered.current()).isEqualTo(new KpiValue(66.7, 2, 3));
        assertThat(offered.status()).isEqualTo(Rag.RED);
        // completed in time: E4 only (E3 one second late) → 1 of 3 = 33.3%: Red (63, amber 50)
        assertThat(d.result(Kpi.INTERVIEW_COMPLETED_IN_72_HOURS).current().value()).isEqualTo(33.3);
        // declined: E5 → 1 of 3 = 33.3%
        assertThat(d.result(Kpi.INTERVIEW_DECLINED).current().value()).isEqualTo(33.3);
        // April: one return (E2), no interview → 0 of 1
        assertThat(d.result(Kpi.INTERVIEW_OFFERED_IN_72_HOURS).previous().value()).isEqualTo(0.0);
    }

    @Test
    void panelKpis() {
        KpiDashboard d = may(Breakdown.NONE);
        // new in May: amy (D1), dee (D4, through the merge); April: ben (D2)
        assertThat(d.result(Kpi.PANEL_NEW_YOUNG_PEOPLE).current().value()).isEqualTo(2.0);
        assertThat(d.result(Kpi.PANEL_NEW_YOUNG_PEOPLE).previous().value()).isEqualTo(1.0);
        // reviewed in May: ben (D3), cal (D6); amy's review D7 is 1 June
        assertThat(d.result(Kpi.PANEL_REVIEWED_YOUNG_PEOPLE).current().value()).isEqualTo(2.0);
        // ben High to Medium: reduced; cal Low to High: increased
        assertThat(groups(d.result(Kpi.PANEL_RISK_AT_REVIEW))).containsExactlyInAnyOrderEntriesOf(
                Map.of("REDUCED", 1L, "INCREASED", 1L));
        // expected in May: A1, A2, A3, A5 (A4 withdrawn before due); by the due date: A1 → 1 of 4 = 25.0%
        KpiResult onTime = d.result(Kpi.PANEL_ACTIONS_ON_TIME);
        assertThat(onTime.current()).isEqualTo(new KpiValue(25.0, 1, 4));
        // not by the due date: A2 (late), A3 (not done), A5 (withdrawn after its due date)
        assertThat(d.result(Kpi.PANEL_ACTIONS_OVERDUE).current().value()).isEqualTo(3.0);
        // days from referral to first discussion (new in May): amy 10, dee 11 → median 10.5; April: ben 13
        assertThat(d.result(Kpi.PANEL_DAYS_TO_FIRST_DISCUSSION).current().value()).isEqualTo(10.5);
        assertThat(d.result(Kpi.PANEL_DAYS_TO_FIRST_DISCUSSION).previous().value()).isEqualTo(13.0);
        List<KpiRecord> overdue = reports.handle(new FindKpiRecordsQuery(MAY, Kpi.PANEL_ACTIONS_OVERDUE,
                Breakdown.NONE, null));
        assertThat(overdue).filteredOn(KpiRecord::counted).extracting(KpiRecord::recordId)
                .containsExactly("A2", "A5", "A3");
    }

    @Test
    void equalityKpis() {
        KpiDashboard d = may(Breakdown.NONE);
        // children in May's records: amy (WBRI), ben (BAFR), cal (NOBT), dee (APKN, the survivor's
        // record; dee2 had none): ethnicity recorded for 3 of 4 = 75.0%: Red (95, amber 85)
        KpiResult recorded = d.result(Kpi.ETHNICITY_RECORDED);
        assertThat(recorded.current()).isEqualTo(new KpiValue(75.0, 3, 4));
        assertThat(groups(d.result(Kpi.CHILDREN_BY_ETHNICITY))).containsExactlyInAnyOrderEntriesOf(
                Map.of("WHITE", 1L, "BLACK", 1L, "ASIAN", 1L, "NOT_RECORDED", 1L));
        // sex: male ben, cal; female amy, dee
        assertThat(groups(d.result(Kpi.CHILDREN_BY_SEX))).containsExactlyInAnyOrderEntriesOf(
                Map.of("1", 2L, "2", 2L));
    }

    @Test
    void breakdownByLocalitySplitsEachFigure() {
        KpiDashboard d = may(Breakdown.LOCALITY);
        // Northtown: R2 (amy), R5 (cal); Southtown: R4 (ben), R6 and R7 (dee, Southtown after the merge)
        assertThat(groups(d.result(Kpi.REFERRALS_RECEIVED))).containsExactlyInAnyOrderEntriesOf(
                Map.of("Northtown", 2L, "Southtown", 3L));
        // in time: Northtown R2, R5 → 100%; Southtown R6 only of R4, R6, R7 → 33.3%
        assertThat(d.result(Kpi.SCREENED_WITHIN_ONE_WORKING_DAY).groups())
                .extracting(g -> g.group() + "=" + g.current().value())
                .containsExactly("Northtown=100.0", "Southtown=33.3");
        // missing episodes have no source agency: no groups for a source breakdown
        assertThat(may(Breakdown.SOURCE).result(Kpi.MISSING_EPISODES).groups()).isEmpty();
    }

    @Test
    void trendCoversThePrevious12Months() {
        KpiResult received = may(Breakdown.NONE).result(Kpi.REFERRALS_RECEIVED);
        // May 2025 … May 2026 (13 months): May 2025 had R1 and R3, April 2026 R10, May 2026 five
        assertThat(received.trend()).extracting(v -> v.value()).containsExactly(
                2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 5.0);
    }

    @Test
    void quarterAndCustomPeriods() {
        // Q1 2026/27 = April to June: R10, R5, R2, R4, R6, R7, R9 (R8 withdrawn)
        KpiDashboard q = reports.handle(new FindKpiDashboardQuery(KpiPeriod.quarter(LocalDate.of(2026, 5, 1)),
                Breakdown.NONE));
        assertThat(q.result(Kpi.REFERRALS_RECEIVED).current().value()).isEqualTo(7.0);
        // custom 15 to 20 May: R2, R4, R6
        KpiDashboard c = reports.handle(new FindKpiDashboardQuery(
                KpiPeriod.custom(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 20)), Breakdown.NONE));
        assertThat(c.result(Kpi.REFERRALS_RECEIVED).current().value()).isEqualTo(3.0);
        // previous custom period: the 6 days before, 9 to 14 May: none
        assertThat(c.result(Kpi.REFERRALS_RECEIVED).previous().value()).isEqualTo(0.0);
    }

    @Test
    void drillDownListsTheRecordsBehindAFigure() {
        List<KpiRecord> records = reports.handle(new FindKpiRecordsQuery(MAY, Kpi.SCREENED_WITHIN_ONE_WORKING_DAY,
                Breakdown.NONE, null));
        assertThat(records).extracting(r -> r.recordId() + ":" + r.counted())
                .containsExactly("R5:true", "R2:true", "R4:false", "R6:true", "R7:false");
        List<KpiRecord> southtown = reports.handle(new FindKpiRecordsQuery(MAY, Kpi.RE_REFERRAL_RATE,
                Breakdown.LOCALITY, "Southtown"));
        assertThat(southtown).extracting(r -> r.recordId() + ":" + r.childId() + ":" + r.counted())
                .containsExactly("R4:ben:false", "R6:dee:false", "R7:dee:true");
        List<KpiRecord> marac = reports.handle(new FindKpiRecordsQuery(MAY, Kpi.SCREENING_OUTCOMES,
                Breakdown.NONE, "MARAC_REFERRAL"));
        assertThat(marac).extracting(KpiRecord::recordId).containsExactly("R2");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        KpiDashboard before = may(Breakdown.LOCALITY);
        dataset().forEach(e -> Dispatch.to(e, projection));
        assertThat(may(Breakdown.LOCALITY)).isEqualTo(before);
    }

    @Test
    void aResetAndReplayGivesTheSameFigures() {
        KpiDashboard before = may(Breakdown.ETHNICITY);
        projection.reset();
        assertThat(may(Breakdown.NONE).result(Kpi.REFERRALS_RECEIVED).current().value()).isEqualTo(0.0);
        dataset().forEach(e -> Dispatch.to(e, projection));
        assertThat(may(Breakdown.ETHNICITY)).isEqualTo(before);
    }

    @Test
    void aPanelCaseMergedIntoTheSurvivorsKeepsItsOpenActionExpectedAndChangesNoOtherFigure() {
        KpiDashboard before = may(Breakdown.NONE);
        // A8, agreed on cal2's case, due 26 May; cal2 merged into cal on 22 May: A8 joins cal's case (not
        // withdrawn by the closure as merged) and is done on time under cal: May 2 of 5 on time = 40.0%
        List<Object> merge = List.of(child("cal2", "1", "NOBT", "Northtown"),
                agreed("A8", "cal2", "2026-05-26"),
                ScreeningEvents.merged("cal2", "cal", at("2026-05-22T09:00:00Z")),
                new org.convene.coordination.panel.api.PanelCaseMergedInEvent("cal", "case-cal", false, "cal2",
                        "case-cal2", at("2026-02-01T10:00:00Z"), PanelRiskLevel.HIGH, true, null, List.of(),
                        List.of(), List.of(new org.convene.coordination.panel.api.PanelCaseMergedInEvent.Action("A8",
                        org.convene.coordination.panel.api.ActionHeading.PROTECT, "Fictitious action.",
                        "northshire-police", java.time.LocalDate.parse("2026-05-26"),
                        java.time.LocalDate.parse("2026-05-06"))),
                        ScreeningEvents.CHAIR, at("2026-05-22T09:00:00Z")),
                new org.convene.coordination.panel.api.PanelCaseClosedEvent("cal2", "case-cal2",
                        org.convene.coordination.panel.api.ClosureReason.MERGED, "Merged.",
                        java.time.LocalDate.parse("2026-05-22"), null, null, List.of(), ScreeningEvents.CHAIR,
                        at("2026-05-22T09:00:00Z")),
                done("A8", "cal", "2026-05-26", "2026-05-26"));
        merge.forEach(e -> Dispatch.to(e, projection));
        merge.forEach(e -> Dispatch.to(e, projection));   // redelivered: the same

        KpiDashboard d = may(Breakdown.NONE);
        KpiResult onTime = d.result(Kpi.PANEL_ACTIONS_ON_TIME);
        assertThat(onTime.current().numerator()).isEqualTo(2);
        assertThat(onTime.current().denominator()).isEqualTo(5);
        assertThat(d.result(Kpi.PANEL_ACTIONS_OVERDUE).current().value())
                .isEqualTo(before.result(Kpi.PANEL_ACTIONS_OVERDUE).current().value());
        assertThat(d.result(Kpi.PANEL_NEW_YOUNG_PEOPLE)).isEqualTo(before.result(Kpi.PANEL_NEW_YOUNG_PEOPLE));
        assertThat(reports.handle(new FindKpiRecordsQuery(MAY, Kpi.PANEL_ACTIONS_ON_TIME, Breakdown.NONE, null)))
                .filteredOn(r -> r.recordId().equals("A8")).singleElement()
                .satisfies(r -> assertThat(r.counted()).isTrue());
    }
}
