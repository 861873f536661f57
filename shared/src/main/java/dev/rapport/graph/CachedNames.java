package dev.rapport.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The name index, read from the store on first use (not at start: a turn that asks the graph
 * nothing never pays for it) and again once older than the refresh interval.
 */
public final class CachedNames implements Supplier<GraphNames> {

    private static final Logger LOG = LoggerFactory.getLogger(CachedNames.class);

    private final GraphStore store;
    private final Duration refresh;
    private final Clock clock;
    private GraphNames names;
    private Instant loadedAt;

    public CachedNames(GraphStore store, Duration refresh, Clock clock) {
        this.store = store;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** While the store fails, the last index read (or none): a turn without the graph beats a failed turn. */
    @Override
    public synchronized GraphNames get() {
        Instant now = clock.instant();
        if (names == null || !now.isBefore(loadedAt.plus(refresh))) {
            loadedAt = now;
            try {
                names = new GraphNames(store.nodes());
            } catch (RuntimeException e) {
                LOG.warn(
                        "knowledge graph unavailable, answering without it: {}",
                        e.getClass().getName());
                names = names == null ? new GraphNames(List.of()) : names;
            }
        }
        return names;
    }
}
