package org.smecredit.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.smecredit.contracts.EventType;

import io.smallrye.mutiny.Uni;

/** Which handler a consumer runs for which event type. Types without a route are ignored (and acknowledged). */
public final class EventRouter {
    /** A handler runs inside the inbox transaction; it must not start its own. */
    @FunctionalInterface
    public interface Handler<T> extends BiFunction<IncomingEvent, T, Uni<Void>> {
    }

    record Route<T>(EventType<T> type, Handler<T> handler) {
        Uni<Void> invoke(IncomingEvent event, Object payload) {
            return handler.apply(event, type.payload().cast(payload));
        }
    }

    private final Map<String, Route<?>> routes;

    private EventRouter(Map<String, Route<?>> routes) {
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Route<?>> route(String type) {
        return Optional.ofNullable(routes.get(type));
    }

    public static final class Builder {
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        public <T> Builder on(EventType<T> type, Handler<T> handler) {
            routes.put(type.type(), new Route<>(type, handler));
            return this;
        }

        public EventRouter build() {
            return new EventRouter(routes);
        }
    }
}
