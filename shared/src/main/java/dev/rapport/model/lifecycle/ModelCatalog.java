package dev.rapport.model.lifecycle;

/** Where a model provider says how long its models will be served. */
public interface ModelCatalog {

    /**
     * The lifecycle of a model id or inference profile id. A model the provider no longer knows is
     * {@link LifecycleStatus#END_OF_LIFE}; one whose lifecycle cannot be read now is
     * {@link LifecycleStatus#UNKNOWN}, with the reason.
     */
    ModelLifecycle lifecycle(String modelOrProfileId);
}
