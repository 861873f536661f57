package dev.rapport.model.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily check: asks the catalog about every configured model, publishes each one's status and
 * says in one log line what to do about it. One model that cannot be checked never keeps the
 * others from being reported.
 */
public final class ModelWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ModelWatch.class);
    private static final String WHAT_TO_DO = "see \"Model lifecycle watch\" in docs/deploy.md";

    private final ModelCatalog catalog;
    private final LifecycleMetrics metrics;
    private final List<WatchedModel> models;
    private final Clock clock;

    public ModelWatch(ModelCatalog catalog, LifecycleMetrics metrics, List<WatchedModel> models, Clock clock) {
        this.catalog = catalog;
        this.metrics = metrics;
        this.models = List.copyOf(models);
        this.clock = clock;
    }

    public List<ModelLifecycle> check() {
        if (models.isEmpty()) {
            LOG.info("no Bedrock model configured (the model and embeddings providers are not bedrock): nothing to"
                    + " watch");
        }
        return models.stream().map(this::check).toList();
    }

    private ModelLifecycle check(WatchedModel model) {
        ModelLifecycle lifecycle;
        try {
            lifecycle = catalog.lifecycle(model.id()).asOf(clock.instant());
        } catch (RuntimeException e) {
            lifecycle = ModelLifecycle.unknown(model.id(), e.getClass().getSimpleName());
        }
        metrics.publish(model.id(), lifecycle.status());
        log(model, lifecycle);
        return lifecycle;
    }

    private static void log(WatchedModel model, ModelLifecycle lifecycle) {
        switch (lifecycle.status()) {
            case ACTIVE -> LOG.info("model {} ({}) is Active", model.id(), model.setting());
            case LEGACY ->
                LOG.warn(
                        "model {} ({}) is Legacy ({}): choose a current model and deploy with {}=<its id>; {}",
                        model.id(),
                        model.setting(),
                        dates(lifecycle.dates()),
                        model.setting(),
                        WHAT_TO_DO);
            case END_OF_LIFE ->
                LOG.error(
                        "model {} ({}) has reached end of life ({}): every call to it fails; "
                                + "deploy with {}=<a current model id> now; {}",
                        model.id(),
                        model.setting(),
                        lifecycle.reason().isEmpty() ? "retired" : lifecycle.reason(),
                        model.setting(),
                        WHAT_TO_DO);
            case UNKNOWN ->
                LOG.warn(
                        "lifecycle of model {} ({}) unknown: {}; checked again on the next run",
                        model.id(),
                        model.setting(),
                        lifecycle.reason());
        }
    }

    private static String dates(LifecycleDates dates) {
        StringJoiner known = new StringJoiner(", ");
        if (dates.legacy() != null) {
            known.add("legacy since " + dates.legacy());
        }
        if (dates.publicExtendedAccess() != null) {
            known.add("extended access from " + dates.publicExtendedAccess());
        }
        known.add(dates.endOfLife() != null ? "end of life " + dates.endOfLife() : "no end-of-life date given yet");
        return known.toString();
    }
}
