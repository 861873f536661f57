package dev.rapport.chat;

import dev.rapport.identity.Owner;
import dev.rapport.problem.ProblemException;
import java.util.regex.Pattern;

/**
 * One customer message, validated on construction so no use case ever sees bad input.
 *
 * @param sessionId an existing session of the caller's, or null to start one
 * @param profileId the profile of a shared account, or null for the default profile
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 */
public record ChatCommand(String message, String sessionId, String profileId, String locale, String idempotencyKey) {

    /** Long enough for a detailed complaint, short enough to keep one turn far below item limits. */
    public static final int MAX_MESSAGE_CHARS = 4000;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    public ChatCommand {
        if (message == null || message.isBlank()) {
            throw ProblemException.badRequest("invalid-message", "'message' must be a non-empty string.");
        }
        if (message.codePointCount(0, message.length()) > MAX_MESSAGE_CHARS) {
            throw ProblemException.payloadTooLarge("'message' is limited to " + MAX_MESSAGE_CHARS + " characters.");
        }
        if (CONTROL.matcher(message).find()) {
            throw ProblemException.badRequest(
                    "invalid-message", "'message' must not contain NUL or other control characters.");
        }
        if (sessionId != null && !SESSION_ID.matcher(sessionId).matches()) {
            throw ProblemException.badRequest(
                    "invalid-session-id", "'sessionId' must be 1-64 letters, digits, '-' or '_'.");
        }
        if (profileId != null && !Owner.isValidProfileId(profileId)) {
            throw ProblemException.badRequest(
                    "invalid-profile-id", "'profileId' must be 1-64 letters, digits, '-' or '_'.");
        }
        if (locale != null && !LOCALE.matcher(locale).matches()) {
            throw ProblemException.badRequest("invalid-locale", "'locale' must be a language tag such as zh-CN or en.");
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.badRequest(
                    "invalid-idempotency-key", "'Idempotency-Key' must be 1-128 visible ASCII characters.");
        }
    }

    static boolean isValidSessionId(String sessionId) {
        return sessionId != null && SESSION_ID.matcher(sessionId).matches();
    }
}
