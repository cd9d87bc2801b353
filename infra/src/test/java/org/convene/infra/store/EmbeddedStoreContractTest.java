package org.convene.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoClient;

/** The store contract on the embedded default: mongo-java-server with its H2 file backend. */
class EmbeddedStoreContractTest extends EventStoreContract {

    @RegisterExtension
    final StartedEmbeddedStore embedded = new StartedEmbeddedStore();

    @Override
    protected MongoClient client() {
        return embedded.client();
    }

    @Test
    void keepsEventsInItsFileAcrossARestart() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a-1", 0, "before restart"));
        embedded.restart();

        MongoEventStorageEngine reopened = engine();
        assertThat(texts(reopened, "a-1")).containsExactly("before restart");
        reopened.appendEvents(event("a-1", 1, "after restart"));
        assertThat(texts(reopened, "a-1")).containsExactly("before restart", "after restart");
        assertThat(embedded.store().file()).exists();
    }

    /**
     * A command that records several events (a panel discussion: the discussion, its actions and the
     * closure) is one append, one insert: when one of its events cannot be stored (here the last, on
     * an aggregate changed meanwhile) none is, so a retry with the same discussion finds nothing of it
     * and records it whole. (On a replica set the transaction manager gives the same.)
     */
    @Test
    void aCommandsEventsAreStoredAllOrNothing() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("referral-1", 0, "referred"));
        engine.appendEvents(event("case-9", 0, "opened"), event("case-9", 1, "changed meanwhile"));

        assertThatThrownBy(() -> engine.appendEvents(event("referral-1", 1, "discussion"),
                event("referral-1", 2, "action"), event("referral-1", 3, "closure"), event("case-9", 1, "closed")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(texts(engine, "referral-1")).containsExactly("referred");
        embedded.restart();
        MongoEventStorageEngine reopened = engine();
        assertThat(texts(reopened, "referral-1")).as("after a restart").containsExactly("referred");

        reopened.appendEvents(event("referral-1", 1, "discussion"), event("referral-1", 2, "action"),
                event("referral-1", 3, "closure"), event("case-9", 2, "closed"));
        assertThat(texts(reopened, "referral-1")).containsExactly("referred", "discussion", "action", "closure");
        assertThat(texts(reopened, "case-9")).containsExactly("opened", "changed meanwhile", "closed");
    }
}
