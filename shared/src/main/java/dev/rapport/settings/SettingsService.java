package dev.rapport.settings;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;

/** Reads and changes a customer's own settings; the customer is always the caller. */
public final class SettingsService {

    private final SettingsStore store;

    public SettingsService(SettingsStore store) {
        this.store = store;
    }

    public CustomerSettings get(Caller caller) {
        return store.find(customer(caller)).orElse(CustomerSettings.DEFAULTS);
    }

    public CustomerSettings update(Caller caller, SettingsUpdate update) {
        CustomerSettings updated = update.applyTo(get(caller));
        store.save(customer(caller), updated);
        return updated;
    }

    private static String customer(Caller caller) {
        return Owner.of(caller, null).customerHash();
    }
}
