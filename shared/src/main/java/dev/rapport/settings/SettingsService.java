package dev.rapport.settings;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads and changes a customer's own settings; the customer is always the caller. A change reaches
 * the data already held: a removed profile's data is erased, and a withdrawn consent for sensitive
 * memories removes them from every profile the customer has data in, listed or not.
 */
public final class SettingsService {

    private final SettingsStore store;
    private final ProfileData data;
    private final SensitiveMemories sensitive;

    public SettingsService(SettingsStore store, ProfileData data, SensitiveMemories sensitive) {
        this.store = store;
        this.data = data;
        this.sensitive = sensitive;
    }

    public CustomerSettings get(Caller caller) {
        return get(Owner.of(caller, null));
    }

    /** The settings of the customer a chat turn belongs to (built from the verified caller). */
    public CustomerSettings get(Owner owner) {
        return store.find(owner.customerHash()).orElse(CustomerSettings.DEFAULTS);
    }

    /**
     * Applies the change to the settings as stored now; when a parallel update landed in between,
     * reads again and reapplies, so neither change is lost (a withdrawn consent never comes back).
     */
    public CustomerSettings update(Caller caller, SettingsUpdate update) {
        return update(Owner.of(caller, null), update);
    }

    /** The same, for the customer a chat turn belongs to. */
    public CustomerSettings update(Owner owner, SettingsUpdate update) {
        String customer = owner.customerHash();
        CustomerSettings updated = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && updated == null; attempt++) {
            SettingsStore.Versioned current = store.load(customer);
            CustomerSettings candidate = update.applyTo(current.settings());
            // Saved first, so requests that start from here on are refused for a removed profile.
            if (store.replace(customer, current.version(), candidate)) {
                updated = candidate;
            }
        }
        if (updated == null) {
            throw ProblemException.conflict(
                    "settings-busy", "Your settings were being changed at the same time; please try again.");
        }
        reachHeldData(customer, update, updated);
        return updated;
    }

    /** A removed profile's data is erased; a withdrawn sensitive consent reaches every profile with data. */
    private void reachHeldData(String customer, SettingsUpdate update, CustomerSettings updated) {
        boolean profilesChanged = update.profiles() != null;
        if (!profilesChanged && updated.sensitiveMemoryAllowed()) {
            return;
        }
        Set<String> listed = updated.profiles().stream()
                .map(CustomerSettings.Profile::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> held = new TreeSet<>(data.profilesWithData(customer));
        if (profilesChanged) {
            for (String profileId : held) {
                if (!listed.contains(profileId)) {
                    data.erase(new Owner(customer, profileId));
                }
            }
            held.retainAll(listed);
        }
        if (!updated.sensitiveMemoryAllowed()) {
            // The listed ones too: the index is eventually consistent and may not show a new book yet.
            held.addAll(listed);
            held.forEach(profileId -> sensitive.drop(new Owner(customer, profileId)));
        }
    }

    private static final int MAX_ATTEMPTS = 16;
}
