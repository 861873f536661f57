package dev.rapport.settings;

import java.util.Optional;

/** Where settings live: one item per customer, keyed by the hashed subject. */
public interface SettingsStore {

    /** Settings as read, with the version an update must still find ({@code 0}: never written by an update). */
    record Versioned(CustomerSettings settings, long version) {}

    Optional<CustomerSettings> find(String customerHash);

    /** Writes unconditionally: for seeding and tests; customers' changes go through {@link #replace}. */
    void save(String customerHash, CustomerSettings settings);

    /** The settings with their version; {@code version 0} and the defaults when there are none. */
    Versioned load(String customerHash);

    /**
     * Writes {@code settings} only if the stored version is still {@code expectedVersion}.
     *
     * @return false when another update came first: nothing was written
     */
    boolean replace(String customerHash, long expectedVersion, CustomerSettings settings);
}
