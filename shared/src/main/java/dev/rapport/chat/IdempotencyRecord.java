package dev.rapport.chat;

import dev.rapport.identity.Owner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The first answer to a request carrying an {@code Idempotency-Key}, after Powertools' idempotency
 * record (id, status, expiration, validation hash, data). It is written in the same transaction as
 * the turn, so it only ever exists as COMPLETED and a retry can never see a half-written turn.
 *
 * @param payloadHash hash of the request, to refuse a key reused for a different request
 * @param expiration epoch seconds after which the record is ignored and removed by TTL
 * @param heard what a voice note was heard as, or null for a typed request
 */
public record IdempotencyRecord(String id, String payloadHash, ChatReply reply, long expiration, Heard heard) {

    public IdempotencyRecord(String id, String payloadHash, ChatReply reply, long expiration) {
        this(id, payloadHash, reply, expiration, null);
    }

    /**
     * The client chooses the key and may well put an e-mail address or phone number in it, so the
     * table keeps only its SHA-256: the key is matched, never read back.
     */
    public static String idFor(Owner owner, String operation, String key) {
        return owner.key() + "#" + operation + "#" + sha256(key);
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public boolean isExpiredAt(long epochSecond) {
        return expiration <= epochSecond;
    }
}
