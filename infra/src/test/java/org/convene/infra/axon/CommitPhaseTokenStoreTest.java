package org.convene.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * On the embedded store a processor's token is written after the sagas and deadlines of its batch
 * (decision 0019): Axon's tracking processor registers its token write as the first prepare-commit
 * handler of the batch, before the saga repository and the deadline manager register theirs.
 */
class CommitPhaseTokenStoreTest {

    private final List<String> writes = new ArrayList<>();
    private final TrackingToken token = new GlobalSequenceTrackingToken(42);

    /** A token store that only records when a token is written. */
    private final TokenStore recording = new TokenStore() {
        @Override
        public void storeToken(TrackingToken t, String processorName, int segment) {
            writes.add("token " + processorName + " " + t);
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return null;
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return new int[0];
        }
    };

    private final TokenStore tokens = new CommitPhaseTokenStore(recording);

    @Test
    void aTokenStoredWhileTheBatchPreparesItsCommitIsWrittenAfterEverythingElseOfTheBatch() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("a child returned"));
        // as the tracking processor does, before any handler runs
        batch.onPrepareCommit(u -> tokens.storeToken(token, "ReturnInterviewSagaProcessor", 0));
        // as the saga repository and the deadline manager do, while the handler runs
        batch.onPrepareCommit(u -> writes.add("saga"));
        batch.onPrepareCommit(u -> writes.add("deadline"));

        batch.commit();

        assertThat(writes).containsExactly("saga", "deadline", "token ReturnInterviewSagaProcessor " + token);
    }

    @Test
    void aBatchThatFailsToStoreItsSagaNeverStoresItsToken() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("a child returned"));
        batch.onPrepareCommit(u -> tokens.storeToken(token, "ReturnInterviewSagaProcessor", 0));
        batch.onPrepareCommit(u -> {
            throw new IllegalStateException("the saga could not be stored");
        });

        assertThatThrownBy(batch::commit).hasMessageContaining("the saga could not be stored");
        assertThat(writes).isEmpty();
    }

    @Test
    void aTokenStoredOutsideAUnitOfWorkIsWrittenAtOnce() {
        tokens.storeToken(token, "missing", 0);

        assertThat(writes).containsExactly("token missing " + token);
    }
}
