package dev.rapport.settings;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;

/**
 * Which of the customer's profiles a request is for. Only profiles in the customer's settings can
 * be used ({@code default} always exists), so a made-up id can neither start a memory book nor
 * multiply the per-profile caps.
 */
public final class Profiles {

    private final SettingsStore settings;

    public Profiles(SettingsStore settings) {
        this.settings = settings;
    }

    /** The caller's own profile {@code profileId} (null for {@code default}); a 400 problem when it is not theirs. */
    public Owner owner(Caller caller, String profileId) {
        Owner owner = Owner.of(caller, wellFormed(profileId));
        if (!owner.profileId().equals(Owner.DEFAULT_PROFILE)) {
            check(settings.find(owner.customerHash()).orElse(CustomerSettings.DEFAULTS), owner);
        }
        return owner;
    }

    /** For callers that already hold the settings (the chat turn reads them with the session). */
    public static void check(CustomerSettings settings, Owner owner) {
        if (!settings.hasProfile(owner.profileId())) {
            throw ProblemException.badRequest(
                    "unknown-profile", "'profileId' must be one of the profiles in your settings (GET /v1/settings).");
        }
    }

    private static String wellFormed(String profileId) {
        if (profileId != null && !Owner.isValidProfileId(profileId)) {
            throw ProblemException.badRequest("invalid-profile", "'profileId' is 1-64 of A-Z a-z 0-9 _ -.");
        }
        return profileId;
    }
}
