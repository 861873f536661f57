package dev.rapport.settings;

import dev.rapport.identity.Owner;
import java.util.List;
import java.util.Objects;

/**
 * What a customer decided: whether Rapport may remember them (and sensitive facts), marketing
 * consent, their time zone and language, and the named profiles of a shared account.
 *
 * @param timezone an IANA zone id such as {@code Asia/Shanghai}
 * @param locale a BCP 47 tag such as {@code zh-CN}; null to follow each request
 */
public record CustomerSettings(
        boolean memoryEnabled,
        boolean sensitiveMemoryAllowed,
        boolean marketingOptIn,
        String timezone,
        String locale,
        List<Profile> profiles) {

    /** Memory is on until the customer turns it off; sensitive facts and marketing need an explicit yes. */
    public static final CustomerSettings DEFAULTS =
            new CustomerSettings(true, false, false, "UTC", null, List.of(new Profile(Owner.DEFAULT_PROFILE, "Me")));

    public CustomerSettings {
        Objects.requireNonNull(timezone, "timezone");
        profiles = List.copyOf(profiles);
    }

    /** One person of a shared account; memory and history are kept apart per profile. */
    public record Profile(String id, String name) {
        public Profile {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    public boolean hasProfile(String profileId) {
        return profiles.stream().anyMatch(p -> p.id().equals(profileId));
    }
}
