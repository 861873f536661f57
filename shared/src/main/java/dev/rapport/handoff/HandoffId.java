package dev.rapport.handoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A handoff's public id: when it was created (to the microsecond) and a hash of the conversation's
 * key with that time. The time lets the queue find a handoff by id with one query on the queue
 * index, no index of ids; the hash tells handoffs of the same microsecond apart and says nothing
 * about whose conversation it is. A session handed off again after a close gets a new id.
 */
public final class HandoffId {

    private static final DateTimeFormatter DIGITS =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSSSSS").withZone(ZoneOffset.UTC);
    private static final Pattern SHAPE = Pattern.compile("\\d{20}-[A-Za-z0-9_-]{16}");

    private HandoffId() {}

    /** @param conversationKey the key of the conversation the handoff belongs to, never shown */
    public static String of(String conversationKey, Instant createdAt) {
        String time = DIGITS.format(createdAt);
        return time + "-" + hash(conversationKey + "#" + time);
    }

    /** When the handoff with this id was created; empty for anything that is not an id of ours. */
    public static Optional<Instant> createdAt(String id) {
        if (id == null || !SHAPE.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(DIGITS.parse(id.substring(0, 20))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** 16 URL-safe characters of the text's SHA-256: ids that say nothing of what they were made from. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
