package org.convene.ui.shared;

import java.util.function.Consumer;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import reactor.core.Disposable;

/**
 * A read model kept live on a screen: while {@code owner} is attached, a subscription query gives
 * the screen its initial result and then each update, applied on the screen's UI thread; it is
 * closed when the screen is detached (closed tab, navigation, expired session). The one place
 * where views subscribe, so none of them forgets to let go.
 *
 * <pre>
 * LiveQuery.of(queryGateway, new FindMeetingBoardQuery(),
 *         ResponseTypes.multipleInstancesOf(MeetingBoardItem.class),
 *         ResponseTypes.instanceOf(MeetingBoardItem.class))
 *     .onFailure(() -> message.setText("The board could not be loaded just now. Please reload the page."))
 *     .bind(this, this::showAll, this::apply);
 * </pre>
 *
 * @param <I> the initial result
 * @param <U> one update
 */
public final class LiveQuery<I, U> {

    private final QueryGateway queryGateway;
    private final Object query;
    private final ResponseType<I> initialType;
    private final ResponseType<U> updateType;
    private Runnable onFailure = () -> { };

    private LiveQuery(QueryGateway queryGateway, Object query, ResponseType<I> initialType,
            ResponseType<U> updateType) {
        this.queryGateway = queryGateway;
        this.query = query;
        this.initialType = initialType;
        this.updateType = updateType;
    }

    public static <I, U> LiveQuery<I, U> of(QueryGateway queryGateway, Object query, ResponseType<I> initialType,
            ResponseType<U> updateType) {
        return new LiveQuery<>(queryGateway, query, initialType, updateType);
    }

    /** What the screen says when the initial result cannot be read (the subscription stays open). */
    public LiveQuery<I, U> onFailure(Runnable onFailure) {
        this.onFailure = onFailure;
        return this;
    }

    /**
     * Subscribes each time {@code owner} is attached (at once if it is attached already) and
     * closes the subscription when it is detached. A screen that shows another record in the same
     * component (new route parameters) removes the old binding first: the returned registration
     * closes the subscription and stops listening to the owner.
     */
    public Registration bind(Component owner, Consumer<I> onInitial, Consumer<U> onUpdate) {
        Subscription live = new Subscription(onInitial, onUpdate);
        Registration attach = owner.addAttachListener(event -> live.open(event.getUI()));
        Registration detach = owner.addDetachListener(event -> live.close());
        owner.getUI().filter(ui -> owner.isAttached()).ifPresent(live::open);
        return () -> {
            attach.remove();
            detach.remove();
            live.close();
        };
    }

    private final class Subscription {
        private final Consumer<I> onInitial;
        private final Consumer<U> onUpdate;
        private SubscriptionQueryResult<I, U> result;
        private Disposable updates;

        Subscription(Consumer<I> onInitial, Consumer<U> onUpdate) {
            this.onInitial = onInitial;
            this.onUpdate = onUpdate;
        }

        void open(UI ui) {
            close();
            result = queryGateway.subscriptionQuery(query, initialType, updateType);
            try {
                onInitial.accept(result.initialResult().block());
            } catch (RuntimeException e) {
                onFailure.run();
            }
            updates = result.updates().subscribe(update -> ui.access(() -> onUpdate.accept(update)));
        }

        void close() {
            if (updates != null) {
                updates.dispose();
                updates = null;
            }
            if (result != null) {
                result.close();
                result = null;
            }
        }
    }
}
