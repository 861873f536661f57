package dev.rapport.observability;

import com.amazonaws.services.lambda.runtime.Context;
import dev.rapport.config.Environment;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * One invocation's logs and metrics through Powertools: JSON logs carrying the Lambda context
 * and our correlation ids, EMF metrics flushed when the invocation ends. Only ids, counts and
 * durations go in — never message text, claims or anything else a customer typed.
 */
public final class Telemetry {

    /** The one dimension every metric carries; its value is the service name ({@code rapport}). */
    public static final String SERVICE_DIMENSION = "Service";

    private static final Metrics METRICS = MetricsFactory.getMetricsInstance();

    static {
        Environment env = Environment.system();
        METRICS.setNamespace(env.get("POWERTOOLS_METRICS_NAMESPACE", "Rapport"));
        // One fixed dimension set, so the template's alarms and dashboard can name the metrics exactly.
        METRICS.setDefaultDimensions(DimensionSet.of(SERVICE_DIMENSION, env.get("POWERTOOLS_SERVICE_NAME", "rapport")));
    }

    private Telemetry() {}

    /** Runs one invocation with the context in every log line, then flushes its metrics. */
    public static <T> T invocation(Context context, Supplier<T> body) {
        try {
            return context == null ? body.get() : PowertoolsLogging.withLogging(context, body);
        } finally {
            METRICS.flush();
            MDC.clear();
        }
    }

    /** Adds an id (request, session, turn) to every following log line of this invocation. */
    public static void correlate(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    public static void count(String metric) {
        METRICS.addMetric(metric, 1, MetricUnit.COUNT);
    }

    public static void count(String metric, double value) {
        METRICS.addMetric(metric, value, MetricUnit.COUNT);
    }

    public static void milliseconds(String metric, double value) {
        METRICS.addMetric(metric, value, MetricUnit.MILLISECONDS);
    }

    public static void value(String metric, double value) {
        METRICS.addMetric(metric, value, MetricUnit.NONE);
    }

    /**
     * Publishes these values now, as their own EMF record whose one dimension set is {@code Service}
     * plus {@code dimension} (e.g. {@code Model}), so an alarm can name each series exactly; the
     * invocation's other metrics keep theirs.
     */
    public static void valuesFor(String dimension, String dimensionValue, Map<String, Double> values) {
        METRICS.flushMetrics(isolated -> {
            DimensionSet dimensions =
                    DimensionSet.of(isolated.getDefaultDimensions().getDimensions());
            dimensions.addDimension(dimension, dimensionValue);
            // Otherwise the defaults stay a set of their own and the values go to a Model-only series too.
            isolated.clearDefaultDimensions();
            isolated.addDimension(dimensions);
            values.forEach((metric, value) -> isolated.addMetric(metric, value, MetricUnit.NONE));
        });
    }
}
