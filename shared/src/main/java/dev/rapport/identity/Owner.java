package dev.rapport.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whose data an item is: the caller's subject, hashed so an issuer that uses e-mail addresses as
 * subjects never puts one in a key, plus the profile of a shared account. Every key of customer
 * data starts with {@link #key()}, so isolation holds by key, not by filter.
 */
public record Owner(String customerHash, String profileId) {

    public static final String DEFAULT_PROFILE = "default";
    private static final Pattern PROFILE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Owner {
        Objects.requireNonNull(customerHash, "customerHash");
        if (!isValidProfileId(profileId)) {
            throw new IllegalArgumentException("invalid profile id");
        }
    }

    public static Owner of(Caller caller, String profileId) {
        return new Owner(hash(caller.subject()), profileId == null ? DEFAULT_PROFILE : profileId);
    }

    public static boolean isValidProfileId(String profileId) {
        return profileId != null && PROFILE_ID.matcher(profileId).matches();
    }

    public String key() {
        return "C#" + customerHash + "#P#" + profileId;
    }

    private static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
