package org.convene.infra.axon;

import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A token store that writes a processor's token <em>after</em> everything else its batch writes,
 * for the embedded store, which has no transactions (decision 0019).
 *
 * <p>Without a transaction manager Axon's tracking processor stores its token in a prepare-commit
 * handler that it registers before the batch's handlers run, so the token is written first and the
 * writes that the handlers register for the prepare-commit phase come after it: the sagas (Axon's
 * saga repository) and the deadlines they schedule or cancel ({@code MongoDeadlineManager}). A process
 * killed between the two loses the saga and its deadline for good, because the token says the event
 * was handled. Here a token stored during the prepare-commit phase of the current unit of work is
 * written in its commit phase instead, which comes after every prepare-commit handler. The embedded
 * store persists a prefix of its writes (decision 0014), so a killed process either has the token
 * and the sagas and deadlines before it, or handles the batch again after its restart.
 *
 * <p>Everything else, and a token stored outside a unit of work (a batch the processor had nothing
 * to do for), goes straight to the store. Not for a store with transactions: there the token is
 * stored in the batch's transaction, and a commit-phase write would come after the transaction.
 */
public final class CommitPhaseTokenStore implements TokenStore {

    private final TokenStore delegate;

    public CommitPhaseTokenStore(TokenStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment)
            throws UnableToClaimTokenException {
        if (CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.PREPARE_COMMIT) {
            CurrentUnitOfWork.get().onCommit(u -> delegate.storeToken(token, processorName, segment));
        } else {
            delegate.storeToken(token, processorName, segment);
        }
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
