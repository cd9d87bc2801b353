package org.convene.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.convene.coordination.child.api.ChildRegisteredEvent;
import org.convene.coordination.missing.api.MissingEpisodeReportedEvent;
import org.convene.query.batch.BatchedDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A test-only projection (processing group {@value #GROUP}) that can be made to fail: an injected
 * fault for the dead-letter tests. It reads and writes its documents through {@link BatchedDocuments},
 * like the screening and chronology projections, in batches of up to 50 events: for each child
 * registered it adds the child to one shared document (changed in place, before it may fail) and
 * writes a document of its own; a missing episode is counted on the child's document. The events of
 * a child in {@link #POISONED} fail after the shared document was changed.
 */
@Component
@ProcessingGroup(FaultProbe.GROUP)
public class FaultProbe {

    public static final String GROUP = "fault-probe";
    /** Child ids whose events the probe cannot apply (the injected fault). */
    public static final Set<String> POISONED = ConcurrentHashMap.newKeySet();

    private final MongoTemplate mongo;

    FaultProbe(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ChildRegisteredEvent event) {
        ProbeTotals totals = BatchedDocuments.findById(mongo, ProbeTotals.ID, ProbeTotals.class);
        if (totals == null) {
            totals = new ProbeTotals();
        }
        TreeSet<String> children = new TreeSet<>(totals.children);
        children.add(event.childId());
        totals.children = new ArrayList<>(children); // changed in the batch's copy before the fault below
        BatchedDocuments.save(mongo, ProbeTotals.ID, totals);
        failIfPoisoned(event.childId());
        ProbeChild child = BatchedDocuments.findById(mongo, event.childId(), ProbeChild.class);
        if (child == null) {
            child = new ProbeChild();
            child.childId = event.childId();
        }
        child.name = event.fullName();
        BatchedDocuments.save(mongo, child.childId, child);
    }

    @EventHandler
    void on(MissingEpisodeReportedEvent event) {
        failIfPoisoned(event.childId());
        ProbeChild child = BatchedDocuments.findById(mongo, event.childId(), ProbeChild.class);
        if (child == null) {
            child = new ProbeChild();
            child.childId = event.childId();
        }
        if (!child.episodes.contains(event.episodeId())) {
            child.episodes.add(event.episodeId());
        }
        BatchedDocuments.save(mongo, child.childId, child);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ProbeTotals.class);
        mongo.dropCollection(ProbeChild.class);
    }

    private static void failIfPoisoned(String childId) {
        if (POISONED.contains(childId)) {
            throw new IllegalStateException("The test probe cannot apply events of child " + childId
                    + " (injected fault)");
        }
    }

    /** The probe's whole read model, in a comparable form. */
    public static List<String> readModel(MongoTemplate mongo) {
        List<String> all = new ArrayList<>();
        mongo.find(new Query(), ProbeTotals.class).forEach(t -> all.add("totals " + t.children));
        mongo.find(new Query(), ProbeChild.class).stream()
                .map(c -> "child " + c.childId + " " + c.name + " " + new TreeSet<>(c.episodes))
                .sorted().forEach(all::add);
        return all;
    }

    /** The children in the shared document. */
    public static List<String> totals(MongoTemplate mongo) {
        ProbeTotals totals = mongo.findById(ProbeTotals.ID, ProbeTotals.class);
        return totals == null ? List.of() : totals.children;
    }

    /** The child's own document was written. */
    public static boolean applied(MongoTemplate mongo, String childId) {
        ProbeChild child = mongo.findById(childId, ProbeChild.class);
        return child != null && child.name != null;
    }

    /** The child's document and the number of its episodes applied. */
    public static int episodes(MongoTemplate mongo, String childId) {
        ProbeChild child = mongo.findById(childId, ProbeChild.class);
        return child == null ? 0 : child.episodes.size();
    }

    @org.springframework.data.mongodb.core.mapping.Document("fault_probe_totals")
    static class ProbeTotals {
        static final String ID = "totals";
        @Id
        String id = ID;
        List<String> children = new ArrayList<>();
    }

    @org.springframework.data.mongodb.core.mapping.Document("fault_probe_children")
    static class ProbeChild {
        @Id
        String childId;
        String name;
        List<String> episodes = new ArrayList<>();
    }

    /** Batches of up to 50 events, written at the end of each batch, as the screening projections. */
    @Configuration(proxyBeanMethods = false)
    static class FaultProbeConfiguration {
        @Bean
        ConfigurerModule faultProbeInBatches(MongoTemplate mongo) {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessorConfiguration(GROUP, c -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing().andBatchSize(50)
                            .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                    .registerHandlerInterceptor(GROUP, c -> BatchedDocuments.writeAtTheEndOfTheBatch(mongo)));
        }
    }
}
