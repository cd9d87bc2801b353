package org.convene.query.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.convene.coordination.shared.api.CommandRejectedException;
import org.convene.coordination.shared.api.WorkingDays;
import org.convene.query.kpi.api.Breakdown;
import org.convene.query.kpi.api.FindKpiDashboardQuery;
import org.convene.query.kpi.api.FindKpiRecordsQuery;
import org.convene.query.kpi.api.FindKpiSettingsHistoryQuery;
import org.convene.query.kpi.api.FindKpiSettingsQuery;
import org.convene.query.kpi.api.Kpi;
import org.convene.query.kpi.api.KpiDashboard;
import org.convene.query.kpi.api.KpiPeriod;
import org.convene.query.kpi.api.KpiRecord;
import org.convene.query.kpi.api.KpiResult;
import org.convene.query.kpi.api.KpiSettings;
import org.convene.query.kpi.api.KpiSettingsChange;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Answers the KPI queries from the month documents of the {@code kpi} projection: a dashboard
 * reads the month documents its 13 periods cover, by {@code _id}, and computes every figure in
 * memory ({@link KpiCalculator}), and the administrator's settings and their history.
 */
@Component
class KpiReports {

    static final int TREND_PERIODS = 12;
    /** Ten years of monthly trend periods at most in one request. */
    static final int MAX_MONTHS = 12 * 15;

    private final MongoTemplate mongo;

    KpiReports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    KpiDashboard handle(FindKpiDashboardQuery query) {
        KpiPeriod period = query.period();
        Breakdown breakdown = query.breakdown() == null ? Breakdown.NONE : query.breakdown();
        List<KpiPeriod> periods = period.withPrevious(TREND_PERIODS);
        KpiSettings settings = settings();
        KpiCalculator calculator = new KpiCalculator(WorkingDays.ENGLAND, settings);
        Facts facts = read(periods.get(0), period);
        List<KpiCalculator.Slice> slices = periods.stream()
                .map(p -> KpiCalculator.Slice.of(p, facts.referrals, facts.episodes, facts.returns, facts.discussions,
                        facts.actions)).toList();
        List<KpiResult> results = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            results.add(calculator.result(kpi, slices, breakdown));
        }
        return new KpiDashboard(period, breakdown, periods, results, settings);
    }

    @QueryHandler
    List<KpiRecord> handle(FindKpiRecordsQuery query) {
        KpiSettings settings = settings();
        KpiCalculator calculator = new KpiCalculator(WorkingDays.ENGLAND, settings);
        Facts facts = read(query.period(), query.period());
        KpiCalculator.Slice slice = KpiCalculator.Slice.of(query.period(), facts.referrals, facts.episodes,
                facts.returns, facts.discussions, facts.actions);
        return calculator.records(query.kpi(), slice,
                query.breakdown() == null ? Breakdown.NONE : query.breakdown(), query.group());
    }

    @QueryHandler
    KpiSettings handle(FindKpiSettingsQuery query) {
        return settings();
    }

    @QueryHandler
    List<KpiSettingsChange> handle(FindKpiSettingsHistoryQuery query) {
        return mongo.find(new Query().with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("version")))
                        .limit(Math.max(1, query.limit())), KpiSettingsChangeDocument.class).stream()
                .map(KpiSettingsChangeDocument::change).toList();
    }

    /**
     * The settings in force: as the {@code kpi-settings} projection built them; before it has seen
     * the first event (a start before the carry-over is projected), those an earlier release saved;
     * else the defaults.
     */
    KpiSettings settings() {
        for (String collection : List.of(KpiSettingsDocument.CURRENT, KpiSettingsDocument.LEGACY)) {
            KpiSettingsDocument doc = mongo.findById(KpiSettingsDocument.ID, KpiSettingsDocument.class, collection);
            if (doc != null) {
                return doc.settings();
            }
        }
        return KpiSettings.defaults();
    }

    private record Facts(List<ReferralFact> referrals, List<EpisodeFact> episodes, List<ReturnFact> returns,
                         List<DiscussionFact> discussions,
                         List<ActionFact> actions) {
    }

    /** Every month document from the month of {@code first}'s start to the month of {@code last}'s end. */
    private Facts read(KpiPeriod first, KpiPeriod last) {
        YearMonth from = YearMonth.from(first.from());
        YearMonth to = YearMonth.from(last.to());
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new CommandRejectedException("Choose a shorter period: the trend would cover more than "
                    + MAX_MONTHS / 12 + " years.");
        }
        List<ReferralFact> referrals = new ArrayList<>();
        List<EpisodeFact> episodes = new ArrayList<>();
        List<ReturnFact> returns = new ArrayList<>();
        List<DiscussionFact> discussions = new ArrayList<>();
        List<ActionFact> actions = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            KpiMonthDocument month = KpiMonthDocument.load(mongo, m.toString());
            referrals.addAll(month.rows);
            episodes.addAll(month.episodes);
            returns.addAll(month.returns);
            discussions.addAll(month.discussions);
            actions.addAll(month.actions);
        }
        return new Facts(referrals, episodes, returns, discussions, actions);
    }
}
