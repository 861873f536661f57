package dev.rapport.storage.dynamodb;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A table handle built when first used. Building one builds its item's static schema (a class and a
 * getter and setter lambda per attribute, some 40 classes a table), so a cold start pays only for
 * the tables its first request touches, not for handoffs, reminders, feedback or orders it may never
 * need.
 */
final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> build;
    private volatile T value;

    OnFirstUse(Supplier<T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = Objects.requireNonNull(build.get(), "built");
                    value = built;
                }
            }
        }
        return built;
    }
}
