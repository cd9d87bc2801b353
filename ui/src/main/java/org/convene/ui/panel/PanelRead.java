package org.convene.ui.panel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.convene.ui.shared.LiveQuery;

import com.vaadin.flow.component.Component;

/**
 * One panel record on a page: live for as long as the page is open (through {@link LiveQuery}), and
 * read again at once after the user's own change or a stale-screen reload, so the page does not
 * wait for the next update to show it.
 */
final class PanelRead<T> {

    private final QueryGateway queryGateway;
    private final Class<T> type;
    private final Consumer<T> show;
    private final Runnable failed;
    private Object query;

    PanelRead(QueryGateway queryGateway, Class<T> type, Consumer<T> show, Runnable failed) {
        this.queryGateway = queryGateway;
        this.type = type;
        this.show = show;
        this.failed = failed;
    }

    /** Keeps {@code query}'s answer live on {@code page} (once: the first query a page is opened with). */
    void bind(Component page, Object query) {
        if (this.query != null) {
            return;
        }
        this.query = query;
        LiveQuery.of(queryGateway, query, ResponseTypes.instanceOf(type), ResponseTypes.instanceOf(type))
                .onFailure(failed)
                .bind(page, show, show);
    }

    void reload() {
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
