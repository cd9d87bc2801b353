package org.convene.ui.shared;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * The one record a page is about: live for as long as the page is open (through {@link LiveQuery}),
 * and read again at once after the user's own change or a stale-screen reload, so the page does not
 * wait for the next update to show it.
 */
public final class LiveRecord<T> {

    private final QueryGateway queryGateway;
    private final Class<T> type;
    private final Consumer<T> show;
    private final Runnable failed;
    private Object query;
    private Registration live;

    /**
     * @param show   shows the record as read (null: there is no such record)
     * @param failed says that the record could not be read just now
     */
    public LiveRecord(QueryGateway queryGateway, Class<T> type, Consumer<T> show, Runnable failed) {
        this.queryGateway = queryGateway;
        this.type = type;
        this.show = show;
        this.failed = failed;
    }

    /**
     * Keeps {@code query}'s answer live on {@code page}; a page opened again with another record (new
     * route parameters, same page) lets go of the one it showed before.
     */
    public void bind(Component page, Object query) {
        if (live != null) {
            live.remove();
        }
        this.query = query;
        live = LiveQuery.of(queryGateway, query, ResponseTypes.instanceOf(type), ResponseTypes.instanceOf(type))
                .onFailure(failed)
                .bind(page, show, show);
    }

    /** Reads the record again now and shows it. */
    public void reload() {
        try {
            show.accept(queryGateway.query(query, ResponseTypes.instanceOf(type)).get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.run();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            failed.run();
        }
    }
}
