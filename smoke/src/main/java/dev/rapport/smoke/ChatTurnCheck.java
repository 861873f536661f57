package dev.rapport.smoke;

import java.util.Map;

/** {@code POST /v1/chat} answers, and the turn is then in the session's history. */
final class ChatTurnCheck implements SmokeCheck {

    /** Chinese, as the first customers write. */
    static final String MESSAGE = "你好！请问你能帮我做什么？";

    @Override
    public String name() {
        return "chat turn";
    }

    @Override
    public String run(ApiClient api) {
        JsonAnswer answer = api.post("/v1/chat", Map.of("message", MESSAGE)).expect(200);
        String reply = answer.text("reply");
        String turnId = answer.id("turnId");
        String history = "/v1/sessions/" + answer.id("sessionId") + "/turns";
        boolean listed = api.get(history).expect(200).list("turns").stream()
                .anyMatch(turn -> turnId.equals(turn.path("turnId").asText()));
        if (!listed) {
            throw new SmokeFailure("GET " + history + " does not show turn " + turnId);
        }
        return "answered (" + reply.length() + " characters); turn " + turnId + " is in the session's history";
    }
}
