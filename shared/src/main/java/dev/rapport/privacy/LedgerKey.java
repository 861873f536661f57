package dev.rapport.privacy;

import dev.rapport.privacy.detect.PiiType;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret behind {@link PlaceholderLedger} fingerprints (HMAC-SHA256). Without it a stored
 * ledger cannot be tested against guessed phone or id numbers, which a plain hash of an 11-digit
 * number would allow in minutes. The caller owns the key (e.g. from Secrets Manager); rotating it
 * only renumbers placeholders in conversations that continue across the rotation.
 */
public final class LedgerKey {

    private static final String ALGORITHM = "HmacSHA256";
    /** 128 bits of the MAC keep fingerprints collision-free for any realistic conversation, at half the storage. */
    private static final int FINGERPRINT_BYTES = 16;

    private final SecretKeySpec secret;
    private final Mac prototype;

    private LedgerKey(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a ledger key needs at least 16 bytes of secret");
        }
        this.secret = new SecretKeySpec(secret, ALGORITHM);
        this.prototype = newMac();
    }

    public static LedgerKey of(byte[] secret) {
        return new LedgerKey(secret);
    }

    /**
     * One conversation's key, derived from a deployment pepper and values that are never stored —
     * the caller's token subject (the tables hold only its hash) and the session id — so reading
     * the tables alone gives nothing to test guessed numbers against.
     */
    public static LedgerKey derive(String pepper, String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            // HMAC keys may not be empty; the label keeps the key non-empty when no pepper is configured.
            mac.init(new SecretKeySpec(("rapport-ledger\u0000" + pepper).getBytes(StandardCharsets.UTF_8), ALGORITHM));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return new LedgerKey(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * The keyed fingerprint of one normalized value; the type is mixed in so equal digits of different kinds differ.
     */
    String fingerprint(PiiType type, String value) {
        Mac mac = freshMac();
        mac.update(type.name().getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, FINGERPRINT_BYTES));
    }

    /** Macs are not thread-safe; a clone of the initialised prototype skips the provider lookup and key setup. */
    private Mac freshMac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac();
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "LedgerKey[secret]";
    }
}
