package dev.rapport.settings;

import dev.rapport.identity.Owner;
import java.util.Set;

/** The data a customer holds per profile, as a change of settings must reach it. */
public interface ProfileData {

    /**
     * Every profile the customer has data in, found by the customer index every item carries, not by
     * the settings: a profile that was never listed is found too.
     */
    Set<String> profilesWithData(String customerHash);

    /** Erases everything of one profile (memories, sessions and turns, reminders and inbox); safe to repeat. */
    int erase(Owner owner);
}
