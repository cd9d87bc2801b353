package org.convene.coordination.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.convene.coordination.child.api.ChildRecordsMergedEvent;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;
import org.convene.coordination.missing.api.HandOverMissingHistoryCommand;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingHistoryHandedOverEvent;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;

/**
 * Watches one child's missing episodes and flags the child for the exploitation panel: once each
 * time the number of episodes started within the window (default 3 in 90 days) rises to the threshold,
 * and once for each high-risk episode. Episodes outside the window do not count.
 *
 * <p>Commands first, state after: a handler works out the new state, sends its flag commands (ids
 * derived from what triggered them, so a resent flag is recorded once) and changes the saga only when
 * they all succeeded. A failed command leaves the saga as it was, and the event handled again (a
 * retry) sends the same flags again.
 *
 * <p>Merged records: when a child's record is merged into another, this child's watcher hands its
 * history to the survivor's watcher through a {@link MissingHistoryHandedOverEvent} (a saga cannot
 * read another saga); the survivor's watcher adds it to its own and flags at once if the two records
 * together reach the threshold. Whatever reaches a merged record's watcher later (an episode reported
 * against the duplicate id) is handed over again.
 */
@Saga
public class RepeatMissingSaga {

    private String childId;
    /** episode id → when it started (last seen). */
    private Map<String, Instant> episodes = new HashMap<>();
    private boolean atOrAboveThreshold;
    /** High-risk episodes flagged for the panel (by this watcher or, before a merge, by the duplicate's). */
    private Set<String> flaggedHighRisk = new HashSet<>();
    /** Episodes assessed high risk. */
    private Set<String> highRisk = new HashSet<>();
    /** Set once this child's record was merged into another: news is handed over, not flagged. */
    private String mergedInto;

    @StartSaga(forceNew = false)
    @SagaEventHandler(associationProperty = "childId")
    void on(MissingEpisodeReportedEvent event, CommandGateway commandGateway, MissingRules rules) {
        String me = childId == null ? event.childId() : childId;
        Map<String, Instant> knownEpisodes = new HashMap<>(episodes);
        knownEpisodes.put(event.episodeId(), event.lastSeenAt());
        Set<String> knownHighRisk = new HashSet<>(highRisk);
        if (event.riskLevel() == MissingRiskLevel.HIGH) {
            knownHighRisk.add(event.episodeId());
        }
        if (mergedInto != null) {
            if (!knownEpisodes.equals(episodes) || !knownHighRisk.equals(highRisk)) {
                handOver(me, mergedInto, "episode:" + event.episodeId(), knownEpisodes, knownHighRisk,
                        flaggedHighRisk, atOrAboveThreshold, commandGateway);
            }
            childId = me;
            episodes = knownEpisodes;
            highRisk = knownHighRisk;
            return;
        }
        Set<String> flagged = flagHighRisk(me, knownHighRisk, flaggedHighRisk, commandGateway);
        boolean above = checkThreshold(me, knownEpisodes, event.lastSeenAt(), atOrAboveThreshold, rules,
                commandGateway);
        childId = me;
        episodes = knownEpisodes;
        highRisk = knownHighRisk;
        flaggedHighRisk = flagged;
        atOrAboveThreshold = above;
    }

    @SagaEventHandler(associationProperty = "childId")
    void on(MissingRiskReassessedEvent event, CommandGateway commandGateway) {
        if (event.riskLevel() != MissingRiskLevel.HIGH || flaggedHighRisk.contains(event.episodeId())
                || mergedInto != null && highRisk.contains(event.episodeId())) {
            return;   // not high, or known already: flagged once
        }
        Set<String> knownHighRisk = new HashSet<>(highRisk);
        knownHighRisk.add(event.episodeId());
        if (mergedInto != null) {
            handOver(childId, mergedInto, "high:" + event.episodeId(), episodes, knownHighRisk, flaggedHighRisk,
                    atOrAboveThreshold, commandGateway);
            highRisk = knownHighRisk;
            return;
        }
        Set<String> flagged = flagHighRisk(childId, knownHighRisk, flaggedHighRisk, commandGateway);
        highRisk = knownHighRisk;
        flaggedHighRisk = flagged;
    }

    /**
     * This child's record was merged into another: hand what this watcher knows to the survivor's. A
     * record with no missing history has nothing to hand over, but its watcher now exists and
     * remembers the merge, so an episode reported against it later is handed over too.
     */
    @StartSaga(forceNew = false)
    @SagaEventHandler(associationProperty = "duplicateChildId", keyName = "childId")
    void on(ChildRecordsMergedEvent event, CommandGateway commandGateway) {
        String me = childId == null ? event.duplicateChildId() : childId;
        if (!me.equals(event.duplicateChildId()) || event.survivingChildId().equals(me)) {
            return;
        }
        if (!episodes.isEmpty()) {
            handOver(me, event.survivingChildId(), "merge", episodes, highRisk, flaggedHighRisk, atOrAboveThreshold,
                    commandGateway);
        }
        childId = me;
        mergedInto = event.survivingChildId();
    }

    /**
     * A merged record's history reached this (surviving) child's watcher: the episodes count here from
     * now on. When the two records together reach the threshold and neither had reached it alone, the
     * child is flagged now, at the merge, rather than at a next episode that may never come: had the
     * episodes been recorded on one record, the child would have been flagged already. High-risk
     * episodes the duplicate's watcher flagged are not flagged again (that referral follows the merge
     * to the panel case); any it had not flagged are flagged here.
     */
    @StartSaga(forceNew = false)
    @SagaEventHandler(associationProperty = "survivingChildId", keyName = "childId")
    void on(MissingHistoryHandedOverEvent event, CommandGateway commandGateway, MissingRules rules) {
        String me = childId == null ? event.survivingChildId() : childId;
        Map<String, Instant> knownEpisodes = new HashMap<>(episodes);
        event.episodes().forEach(e -> knownEpisodes.putIfAbsent(e.episodeId(), e.lastSeenAt()));
        Set<String> knownHighRisk = new HashSet<>(highRisk);
        knownHighRisk.addAll(event.highRiskEpisodeIds());
        Set<String> alreadyFlagged = new HashSet<>(flaggedHighRisk);
        alreadyFlagged.addAll(event.flaggedHighRiskEpisodeIds());
        boolean above = atOrAboveThreshold;
        if (mergedInto != null) {
            // this record was itself merged away since: pass it on
            if (!knownEpisodes.equals(episodes) || !knownHighRisk.equals(highRisk)) {
                handOver(me, mergedInto, "via:" + event.handoverId(), knownEpisodes, knownHighRisk, alreadyFlagged,
                        atOrAboveThreshold || event.atOrAboveThreshold(), commandGateway);
            }
        } else {
            alreadyFlagged = flagHighRisk(me, knownHighRisk, alreadyFlagged, commandGateway);
            Instant latest = knownEpisodes.values().stream().max(Comparator.naturalOrder()).orElse(null);
            if (latest != null) {
                above = checkThreshold(me, knownEpisodes, latest, atOrAboveThreshold || event.atOrAboveThreshold(),
                        rules, commandGateway);
            }
        }
        childId = me;
        episodes = knownEpisodes;
        highRisk = knownHighRisk;
        flaggedHighRisk = alreadyFlagged;
        atOrAboveThreshold = above;
    }

    /** Flags each high-risk episode not flagged yet; returns the flagged set after (the argument is not changed). */
    private static Set<String> flagHighRisk(String childId, Set<String> highRiskEpisodes, Set<String> flagged,
                                            CommandGateway commandGateway) {
        Set<String> after = new HashSet<>(flagged);
        for (String episodeId : new TreeSet<>(highRiskEpisodes)) {
            if (!after.contains(episodeId)) {
                flag(childId + ":high:" + episodeId, childId, ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE,
                        List.of(episodeId), commandGateway);
                after.add(episodeId);
            }
        }
        return after;
    }

    /**
     * Flags the child when the window ending at {@code at} holds the threshold and the child was not
     * at or above it already; returns whether the child is at or above it now.
     */
    private static boolean checkThreshold(String childId, Map<String, Instant> episodes, Instant at,
                                          boolean wasAtOrAbove, MissingRules rules, CommandGateway commandGateway) {
        List<String> inWindow = withinWindow(episodes, at, rules);
        boolean above = inWindow.size() >= rules.threshold();
        if (above && !wasAtOrAbove) {
            flag(childId + ":repeat:" + inWindow.get(inWindow.size() - 1), childId,
                    ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING, inWindow, commandGateway);
        }
        return above;
    }

    /** The episodes that started within the window ending at {@code at}, oldest first. */
    private static List<String> withinWindow(Map<String, Instant> episodes, Instant at, MissingRules rules) {
        Instant from = at.minus(rules.window());
        List<Map.Entry<String, Instant>> within = new ArrayList<>();
        for (Map.Entry<String, Instant> e : episodes.entrySet()) {
            if (!e.getValue().isBefore(from) && !e.getValue().isAfter(at)) {
                within.add(e);
            }
        }
        within.sort(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return within.stream().map(Map.Entry::getKey).toList();
    }

    private static void flag(String flagId, String childId, String trigger, List<String> episodeIds,
                             CommandGateway commandGateway) {
        try {
            commandGateway.sendAndWait(new FlagChildForExploitationPanelCommand(flagId, childId, trigger,
                    List.copyOf(episodeIds)));
        } catch (AggregateStreamCreationException alreadyFlagged) {
            // a replayed, redelivered or retried event: the flag was raised before, once is enough
        }
    }

    private static void handOver(String from, String to, String what, Map<String, Instant> knownEpisodes,
                                 Set<String> knownHighRisk, Set<String> flagged, boolean atOrAbove,
                                 CommandGateway commandGateway) {
        Set<String> allHighRisk = new TreeSet<>(knownHighRisk);
        allHighRisk.addAll(flagged);   // a watcher stored before highRisk existed knows them as flagged
        List<MissingHistoryHandedOverEvent.EpisodeStart> starts = knownEpisodes.entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new MissingHistoryHandedOverEvent.EpisodeStart(e.getKey(), e.getValue())).toList();
        try {
            commandGateway.sendAndWait(new HandOverMissingHistoryCommand("missing-history:" + from + ">" + to + ":" + what,
                    from, to, starts, List.copyOf(allHighRisk), List.copyOf(new TreeSet<>(flagged)), atOrAbove));
        } catch (AggregateStreamCreationException alreadyHandedOver) {
            // handed over before (a redelivered or retried event)
        }
    }

    // for Jackson (the saga store serialises sagas)
    public String getChildId() {
        return childId;
    }

    public void setChildId(String childId) {
        this.childId = childId;
    }

    public Map<String, Instant> getEpisodes() {
        return episodes;
    }

    public void setEpisodes(Map<String, Instant> episodes) {
        this.episodes = episodes;
    }

    public boolean isAtOrAboveThreshold() {
        return atOrAboveThreshold;
    }

    public void setAtOrAboveThreshold(boolean atOrAboveThreshold) {
        this.atOrAboveThreshold = atOrAboveThreshold;
    }

    public Set<String> getFlaggedHighRisk() {
        return flaggedHighRisk;
    }

    public void setFlaggedHighRisk(Set<String> flaggedHighRisk) {
        this.flaggedHighRisk = flaggedHighRisk;
    }

    public Set<String> getHighRisk() {
        return highRisk;
    }

    public void setHighRisk(Set<String> highRisk) {
        this.highRisk = highRisk == null ? new HashSet<>() : highRisk;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(String mergedInto) {
        this.mergedInto = mergedInto;
    }
}
