package dev.rapport.settings;

import java.util.Optional;

/** Where settings live: one item per customer, keyed by the hashed subject. */
public interface SettingsStore {

    Optional<CustomerSettings> find(String customerHash);

    void save(String customerHash, CustomerSettings settings);
}
