package org.convene.coordination.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.convene.coordination.missing.api.ChildFlaggedForExploitationPanelEvent;
import org.convene.coordination.missing.api.FlagChildForExploitationPanelCommand;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.coordination.missing.api.MissingRiskLevel;
import org.convene.coordination.missing.api.MissingRiskReassessedEvent;

/**
 * Watches one child's missing episodes and flags the child for the exploitation panel: once each
 * time the number of episodes started within the window (default 90 days) rises to the threshold
 * (default 3), and once for each high-risk episode. Episodes outside the window do not count.
 */
@Saga
public class RepeatMissingSaga {

    private String childId;
    /** episode id → when it started (last seen). */
    private Map<String, Instant> episodes = new HashMap<>();
    private boolean atOrAboveThreshold;
    private Set<String> flaggedHighRisk = new HashSet<>();

    @StartSaga(forceNew = false)
    @SagaEventHandler(associationProperty = "childId")
    void on(MissingEpisodeReportedEvent event, CommandGateway commandGateway, MissingRules rules) {
        childId = event.childId();
        episodes.put(event.episodeId(), event.lastSeenAt());
        if (event.riskLevel() == MissingRiskLevel.HIGH) {
            flagHighRisk(event.episodeId(), commandGateway);
        }
        List<String> inWindow = episodesWithin(event.lastSeenAt(), rules);
        if (inWindow.size() >= rules.threshold() && !atOrAboveThreshold) {
            atOrAboveThreshold = true;
            flag(childId + ":repeat:" + event.episodeId(), ChildFlaggedForExploitationPanelEvent.REPEAT_MISSING,
                    inWindow, commandGateway);
        } else if (inWindow.size() < rules.threshold()) {
            atOrAboveThreshold = false;
        }
    }

    @SagaEventHandler(associationProperty = "childId")
    void on(MissingRiskReassessedEvent event, CommandGateway commandGateway) {
        if (event.riskLevel() == MissingRiskLevel.HIGH) {
            flagHighRisk(event.episodeId(), commandGateway);
        }
    }

    /** The episodes that started within the window ending at {@code at}, oldest first. */
    private List<String> episodesWithin(Instant at, MissingRules rules) {
        Instant from = at.minus(rules.window());
        List<Map.Entry<String, Instant>> within = new ArrayList<>();
        for (Map.Entry<String, Instant> e : episodes.entrySet()) {
            if (!e.getValue().isBefore(from) && !e.getValue().isAfter(at)) {
                within.add(e);
            }
        }
        within.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        return within.stream().map(Map.Entry::getKey).toList();
    }

    private void flagHighRisk(String episodeId, CommandGateway commandGateway) {
        if (flaggedHighRisk.add(episodeId)) {
            flag(childId + ":high:" + episodeId, ChildFlaggedForExploitationPanelEvent.HIGH_RISK_EPISODE,
                    List.of(episodeId), commandGateway);
        }
    }

    private void flag(String flagId, String trigger, List<String> episodeIds, CommandGateway commandGateway) {
        try {
            commandGateway.sendAndWait(new FlagChildForExploitationPanelCommand(flagId, childId, trigger,
                    List.copyOf(episodeIds)));
        } catch (AggregateStreamCreationException alreadyFlagged) {
            // a replayed or redelivered event: the flag was raised before, once is enough
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
}
