package dev.rapport.model.lifecycle;

/**
 * Where a model is in its provider's lifecycle. Declared from harmless to fatal: the natural order
 * says which is worse when one configured id (an inference profile) stands for several models.
 */
public enum LifecycleStatus {
    /** Current: nothing to do. */
    ACTIVE,
    /** The lifecycle could not be read (no permission, throttled, unreachable); checked again next run. */
    UNKNOWN,
    /** Retiring: still answers, but has an end-of-life date; time to choose a current model. */
    LEGACY,
    /** Retired or gone: every call to it fails. */
    END_OF_LIFE
}
