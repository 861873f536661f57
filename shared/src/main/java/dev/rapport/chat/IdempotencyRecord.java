package dev.rapport.chat;

import dev.rapport.identity.Owner;

/**
 * The first answer to a request carrying an {@code Idempotency-Key}, after Powertools' idempotency
 * record (id, status, expiration, validation hash, data). It is written in the same transaction as
 * the turn, so it only ever exists as COMPLETED and a retry can never see a half-written turn.
 *
 * @param payloadHash hash of the request, to refuse a key reused for a different request
 * @param expiration epoch seconds after which the record is ignored and removed by TTL
 */
public record IdempotencyRecord(String id, String payloadHash, ChatReply reply, long expiration) {

    public static String idFor(Owner owner, String operation, String key) {
        return owner.key() + "#" + operation + "#" + key;
    }

    public boolean isExpiredAt(long epochSecond) {
        return expiration <= epochSecond;
    }
}
