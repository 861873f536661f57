package dev.rapport.model.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * The lifecycle of one configured model id.
 *
 * @param configuredId the id as deployed: a model id or an inference profile id
 * @param foundationModels the models it stands for (itself, or the models a profile routes to)
 * @param reason why the status is what it is when that is not the provider's word (not found, no
 *     permission …); empty otherwise
 */
public record ModelLifecycle(
        String configuredId,
        List<String> foundationModels,
        LifecycleStatus status,
        LifecycleDates dates,
        String reason) {

    public ModelLifecycle {
        foundationModels = List.copyOf(foundationModels);
        dates = dates == null ? LifecycleDates.NONE : dates;
        reason = reason == null ? "" : reason;
    }

    public static ModelLifecycle unknown(String configuredId, String reason) {
        return new ModelLifecycle(configuredId, List.of(), LifecycleStatus.UNKNOWN, LifecycleDates.NONE, reason);
    }

    public static ModelLifecycle endOfLife(String configuredId, String reason) {
        return new ModelLifecycle(configuredId, List.of(), LifecycleStatus.END_OF_LIFE, LifecycleDates.NONE, reason);
    }

    /** A Legacy model whose end-of-life date has passed is treated as gone: calls fail from that date. */
    public ModelLifecycle asOf(Instant now) {
        if (status == LifecycleStatus.LEGACY && dates.endOfLife() != null && !now.isBefore(dates.endOfLife())) {
            return new ModelLifecycle(
                    configuredId,
                    foundationModels,
                    LifecycleStatus.END_OF_LIFE,
                    dates,
                    "end-of-life date " + dates.endOfLife() + " has passed");
        }
        return this;
    }
}
