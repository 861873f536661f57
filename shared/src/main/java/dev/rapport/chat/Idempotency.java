package dev.rapport.chat;

import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import dev.rapport.voice.audio.AudioClip;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The idempotency side of one chat request; a no-op when the client sent no key. */
record Idempotency(String id, String payloadHash) {

    static Idempotency of(Owner owner, ChatCommand command) {
        return of(owner, command, null);
    }

    /** With a photo, its hash is part of the request: the same key with another photo is a different request. */
    static Idempotency of(Owner owner, ChatCommand command, PhotoReference photo) {
        return of(owner, command, photo, null);
    }

    /**
     * A voice note's hash likewise: the same key with another recording is a different request. The
     * request's own fields are hashed, not what was heard, so a retry is known before it is transcribed.
     */
    static Idempotency of(Owner owner, ChatCommand command, PhotoReference photo, AudioClip.AudioReference audio) {
        if (command.idempotencyKey() == null) {
            return new Idempotency(null, null);
        }
        // A voice note is the request, not its transcript: a second transcription may word it differently.
        String payload = String.join(
                "\u0000",
                audio == null ? command.message() : "audio:" + audio.sha256(),
                String.valueOf(command.sessionId()),
                String.valueOf(command.profileId()),
                String.valueOf(command.locale()));
        if (photo != null) {
            payload = payload + "\u0000photo:" + photo.sha256();
        }
        return new Idempotency(
                IdempotencyRecord.idFor(owner, ChatService.OPERATION, command.idempotencyKey()), sha256(payload));
    }

    IdempotencyRecord record(ChatReply reply, long expiration, Heard heard) {
        return id == null ? null : new IdempotencyRecord(id, payloadHash, reply, expiration, heard);
    }

    ChatReply replay(IdempotencyRecord stored) {
        return checked(stored).reply();
    }

    /** The stored first answer, if it answered this very request. */
    IdempotencyRecord checked(IdempotencyRecord stored) {
        if (!stored.payloadHash().equals(payloadHash)) {
            throw ProblemException.unprocessable(
                    "idempotency-key-reused", "This Idempotency-Key was already used for a different request.");
        }
        return stored;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
