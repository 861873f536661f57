package dev.rapport.settings;

import dev.rapport.identity.Owner;

/** Where a withdrawn consent for sensitive memories takes effect: one profile's memory book. */
@FunctionalInterface
public interface SensitiveMemories {

    /** Removes the profile's sensitive memories, current and history alike; nothing when it holds none. */
    void drop(Owner owner);
}
