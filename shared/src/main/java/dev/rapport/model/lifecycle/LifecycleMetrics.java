package dev.rapport.model.lifecycle;

/** Where each model's status is reported, so alarms can fire on it. */
public interface LifecycleMetrics {

    void publish(String configuredId, LifecycleStatus status);
}
