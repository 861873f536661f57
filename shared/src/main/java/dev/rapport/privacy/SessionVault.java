package dev.rapport.privacy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a customer shared that an action may need (a new address, a delivery phone), kept
 * encrypted with the session ({@link VaultKey}) for a short while so a confirmed change can use
 * the real value while the transcript, audit and reply keep the placeholder.
 *
 * @param entries placeholder label ({@code ADDRESS_1}) → "expiry epoch second.sealed value"
 */
public record SessionVault(Map<String, String> entries) {

    private static final Pattern KEPT = Pattern.compile("(ADDRESS|PHONE)_\\d{1,6}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[((?:ADDRESS|PHONE)_\\d{1,6})]");
    private static final SessionVault EMPTY = new SessionVault(Map.of());

    public SessionVault {
        entries = entries == null ? Map.of() : Map.copyOf(entries);
    }

    public static SessionVault empty() {
        return EMPTY;
    }

    /** This vault without expired entries, plus this turn's addresses and phones sealed until {@code expiresAt}. */
    public SessionVault with(Map<String, String> values, VaultKey key, Instant now, Instant expiresAt) {
        Map<String, String> all = new HashMap<>();
        entries.forEach((label, entry) -> {
            if (expiry(entry) > now.getEpochSecond()) {
                all.put(label, entry);
            }
        });
        values.forEach((label, value) -> {
            if (KEPT.matcher(label).matches()) {
                all.put(label, expiresAt.getEpochSecond() + "." + key.seal(label, value));
            }
        });
        return all.equals(entries) ? this : new SessionVault(all);
    }

    /** The value behind a placeholder such as {@code [ADDRESS_1]}, if this conversation's key holds it unexpired. */
    public Optional<String> open(String placeholder, VaultKey key, Instant now) {
        Matcher m = PLACEHOLDER.matcher(placeholder == null ? "" : placeholder.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String entry = entries.get(m.group(1));
        if (entry == null || expiry(entry) <= now.getEpochSecond()) {
            return Optional.empty();
        }
        return key.open(m.group(1), entry.substring(entry.indexOf('.') + 1));
    }

    /** This vault plus the entries of a concurrent turn that this one lacks. */
    public SessionVault merge(SessionVault other) {
        Map<String, String> all = new HashMap<>(other.entries);
        all.putAll(entries);
        return all.equals(entries) ? this : new SessionVault(all);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static long expiry(String entry) {
        int dot = entry.indexOf('.');
        try {
            return dot < 0 ? 0 : Long.parseLong(entry.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
