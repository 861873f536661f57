package dev.rapport.settings;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;

/** Reads and changes a customer's own settings; the customer is always the caller. */
public final class SettingsService {

    private final SettingsStore store;

    public SettingsService(SettingsStore store) {
        this.store = store;
    }

    public CustomerSettings get(Caller caller) {
        return store.find(customer(caller)).orElse(CustomerSettings.DEFAULTS);
    }

    /**
     * Applies the change to the settings as stored now; when a parallel update landed in between,
     * reads again and reapplies, so neither change is lost (a withdrawn consent never comes back).
     */
    public CustomerSettings update(Caller caller, SettingsUpdate update) {
        String customer = customer(caller);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            SettingsStore.Versioned current = store.load(customer);
            CustomerSettings updated = update.applyTo(current.settings());
            if (store.replace(customer, current.version(), updated)) {
                return updated;
            }
        }
        throw ProblemException.conflict("settings-busy", "Your settings were being changed at the same time; please try again.");
    }

    private static final int MAX_ATTEMPTS = 16;

    private static String customer(Caller caller) {
        return Owner.of(caller, null).customerHash();
    }
}
