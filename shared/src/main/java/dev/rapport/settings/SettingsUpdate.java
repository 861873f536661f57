package dev.rapport.settings;

import dev.rapport.identity.Owner;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A change of settings: the fields given (non-null) replace the current ones, the others stay.
 * Every value is checked here, before anything is saved; a bad one is a 400 problem.
 */
public record SettingsUpdate(
        Boolean memoryEnabled,
        Boolean sensitiveMemoryAllowed,
        Boolean marketingOptIn,
        String timezone,
        String locale,
        List<CustomerSettings.Profile> profiles) {

    public static final int MAX_PROFILES = 8;
    public static final int MAX_PROFILE_NAME = 40;
    private static final PiiRedactor REDACTOR = new PiiRedactor();

    public SettingsUpdate {
        timezone = timezone == null ? null : zone(timezone);
        locale = locale == null ? null : languageTag(locale);
        if (profiles != null) {
            profiles = List.copyOf(profiles);
            checkProfiles(profiles);
            // A label a person writes may hold a name, a phone or an e-mail: stored redacted, like every free text.
            profiles = profiles.stream()
                    .map(p -> new CustomerSettings.Profile(
                            p.id(), REDACTOR.redact(p.name()).text()))
                    .toList();
        }
    }

    public CustomerSettings applyTo(CustomerSettings current) {
        return new CustomerSettings(
                memoryEnabled != null ? memoryEnabled : current.memoryEnabled(),
                sensitiveMemoryAllowed != null ? sensitiveMemoryAllowed : current.sensitiveMemoryAllowed(),
                marketingOptIn != null ? marketingOptIn : current.marketingOptIn(),
                timezone != null ? timezone : current.timezone(),
                locale != null ? locale : current.locale(),
                profiles != null ? profiles : current.profiles());
    }

    private static String zone(String value) {
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(
                    "invalid-timezone", "'timezone' must be an IANA time zone such as Asia/Shanghai.");
        }
    }

    private static String languageTag(String value) {
        try {
            return new Locale.Builder().setLanguageTag(value).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw ProblemException.badRequest("invalid-locale", "'locale' must be a language tag such as zh-CN or en.");
        }
    }

    private static void checkProfiles(List<CustomerSettings.Profile> profiles) {
        if (profiles.size() > MAX_PROFILES) {
            throw ProblemException.badRequest("invalid-profile", "At most " + MAX_PROFILES + " profiles.");
        }
        Set<String> ids = new HashSet<>();
        for (CustomerSettings.Profile profile : profiles) {
            if (!Owner.isValidProfileId(profile.id()) || !ids.add(profile.id())) {
                throw ProblemException.badRequest(
                        "invalid-profile", "Profile ids are unique, 1-64 of A-Z a-z 0-9 _ -.");
            }
            String name = profile.name();
            if (name.isBlank()
                    || name.length() > MAX_PROFILE_NAME
                    || name.chars().anyMatch(Character::isISOControl)) {
                throw ProblemException.badRequest(
                        "invalid-profile",
                        "Profile names are 1-" + MAX_PROFILE_NAME + " characters without control characters.");
            }
        }
        if (!ids.contains(Owner.DEFAULT_PROFILE)) {
            throw ProblemException.badRequest("invalid-profile", "The profile 'default' cannot be removed.");
        }
    }
}
