package dev.rapport.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code DELETE /v1/me} forgets the customer: the export then holds nothing, the session's history
 * is gone (404), no memory is listed, and a write right after is refused (409 {@code account-erased},
 * the erasure marker holding off writes that raced it). Runs last: it erases the smoke customer.
 */
final class ErasureCheck implements SmokeCheck {

    static final String MESSAGE = "Hello again, just checking in.";
    /** An erasure that could not finish answers 503 and a repeat finishes it. */
    static final int ERASE_ATTEMPTS = 3;

    private static final Duration RETRY_FALLBACK = Duration.ofSeconds(2);
    private static final Duration RETRY_MAX = Duration.ofSeconds(10);

    @Override
    public String name() {
        return "erasure";
    }

    @Override
    public String run(ApiClient api) {
        String sessionId =
                api.post("/v1/chat", Map.of("message", MESSAGE)).expect(200).id("sessionId");
        JsonAnswer erased = erase(api);
        if (!erased.path("erased").asBoolean(false)) {
            throw new SmokeFailure("DELETE /v1/me answered without \"erased\": true");
        }
        List<String> held = held(api.get("/v1/me/export").expect(200));
        if (!held.isEmpty()) {
            throw new SmokeFailure("GET /v1/me/export still holds " + String.join(", ", held) + " after the erasure");
        }
        ApiResponse history = api.get("/v1/sessions/" + sessionId + "/turns");
        if (history.status() != 404) {
            throw new SmokeFailure(
                    history.request() + " answered " + history.status() + " after the erasure, expected 404");
        }
        if (!api.get("/v1/memory").expect(200).list("memories").isEmpty()) {
            throw new SmokeFailure("GET /v1/memory still lists memories after the erasure");
        }
        ApiResponse write = api.put("/v1/settings", Map.of("timezone", "UTC"));
        if (write.status() != 409 || !"account-erased".equals(write.problemType())) {
            throw new SmokeFailure(write.request() + " right after the erasure answered " + write.status()
                    + write.cause() + ", expected 409 account-erased");
        }
        return erased.path("itemsDeleted").asInt() + " items deleted; export empty, history 404, "
                + "new writes refused (409 account-erased)";
    }

    private static JsonAnswer erase(ApiClient api) {
        for (int attempt = 1; ; attempt++) {
            ApiResponse response = api.delete("/v1/me");
            if (response.status() != 503
                    || attempt == ERASE_ATTEMPTS
                    || !"erasure-incomplete".equals(response.problemType())) {
                return response.expect(200);
            }
            SmokeCheck.pause(response.retryAfter(RETRY_FALLBACK, RETRY_MAX));
        }
    }

    /** The export's tables that still hold items, each with how many. */
    private static List<String> held(JsonAnswer export) {
        JsonNode data = export.path("data");
        if (!data.isObject()) {
            throw new SmokeFailure(export.request() + " answered without a 'data' object");
        }
        List<String> held = new ArrayList<>();
        data.properties().forEach(table -> {
            if (table.getValue().isArray() && !table.getValue().isEmpty()) {
                held.add(table.getKey() + " (" + table.getValue().size() + ")");
            }
        });
        return held;
    }
}
