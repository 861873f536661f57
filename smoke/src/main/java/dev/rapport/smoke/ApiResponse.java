package dev.rapport.smoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * One answer of the API with the request it answers, so that a finding says which call went wrong.
 * A body is never quoted: only a problem's type, which cannot carry a stack trace or a customer's words.
 */
record ApiResponse(String request, int status, String body, Optional<String> retryAfterHeader) {

    /** The body as JSON when the status is {@code expected}; otherwise a finding naming both. */
    JsonAnswer expect(int expected) {
        if (status != expected) {
            throw new SmokeFailure(request + " answered " + status + cause() + ", expected " + expected);
        }
        return json();
    }

    JsonAnswer json() {
        try {
            JsonNode node = ApiClient.JSON.readTree(body);
            if (node != null && node.isObject()) {
                return new JsonAnswer(request, node);
            }
        } catch (JsonProcessingException e) {
            // said below
        }
        throw new SmokeFailure(request + " answered " + status + " without a JSON object");
    }

    /** The problem type's last segment (such as {@code account-erased}), or empty when the body is no problem. */
    String problemType() {
        try {
            String type = ApiClient.JSON.readTree(body).path("type").asText("");
            return type.substring(type.lastIndexOf('/') + 1);
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** What {@code Retry-After} asks for, in seconds, at most {@code max}; {@code fallback} when absent or odd. */
    Duration retryAfter(Duration fallback, Duration max) {
        Duration asked = retryAfterHeader
                .filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)))
                .orElse(fallback);
        return asked.compareTo(max) > 0 ? max : asked;
    }

    /** The problem's type, or a hint when the token was what failed. */
    String cause() {
        if (status == 401) {
            return " (the token was refused)";
        }
        String type = problemType();
        return type.isEmpty() ? "" : " (" + type + ")";
    }
}
