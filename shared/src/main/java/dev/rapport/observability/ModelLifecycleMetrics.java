package dev.rapport.observability;

import dev.rapport.model.lifecycle.LifecycleMetrics;
import dev.rapport.model.lifecycle.LifecycleStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each watched model's status as three 0/1 metrics with the dimension {@code Model} = the configured
 * id, in the stage's namespace. All three are sent every run, so an alarm sees 0 once a model is
 * replaced and returns to OK.
 */
public final class ModelLifecycleMetrics implements LifecycleMetrics {

    public static final String DIMENSION = "Model";
    public static final String LEGACY = "ModelLegacy";
    public static final String END_OF_LIFE = "ModelEndOfLife";
    public static final String UNKNOWN = "ModelLifecycleUnknown";

    @Override
    public void publish(String configuredId, LifecycleStatus status) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(LEGACY, flag(status == LifecycleStatus.LEGACY));
        values.put(END_OF_LIFE, flag(status == LifecycleStatus.END_OF_LIFE));
        values.put(UNKNOWN, flag(status == LifecycleStatus.UNKNOWN));
        Telemetry.valuesFor(DIMENSION, configuredId, values);
    }

    private static double flag(boolean set) {
        return set ? 1 : 0;
    }
}
