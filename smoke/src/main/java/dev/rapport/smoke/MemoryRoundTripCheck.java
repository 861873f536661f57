package dev.rapport.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Memory on, a preference stated in chat, the memory curated from that turn seen in
 * {@code GET /v1/memory}, then deleted and gone. Curation runs off the turn's critical path, from the
 * conversations table's stream, so the check reads the memories until they show it or the deadline
 * passes, and stops reading as soon as they do.
 *
 * @param deadline how long after the chat answered the memory may take to appear
 * @param interval how long to wait between two reads
 */
record MemoryRoundTripCheck(Duration deadline, Duration interval) implements SmokeCheck {

    /** A fact the rule-based extractor keeps ("is vegetarian"), as a model would. */
    static final String PREFERENCE = "I'm vegetarian, please remember that.";

    @Override
    public String name() {
        return "memory round trip";
    }

    @Override
    public String run(ApiClient api) {
        enableMemory(api);
        String turnId =
                api.post("/v1/chat", Map.of("message", PREFERENCE)).expect(200).id("turnId");
        long answered = System.nanoTime();
        JsonAnswer memory = awaitMemoryOf(api, turnId, answered);
        Duration took = Duration.ofNanos(System.nanoTime() - answered);
        String memoryId = memory.id("id");
        api.delete("/v1/memory/" + memoryId).expect(200);
        if (find(api, m -> memoryId.equals(m.path("id").asText())).isPresent()) {
            throw new SmokeFailure("GET /v1/memory still lists memory " + memoryId + " after its DELETE");
        }
        return "\"" + memory.path("statement").asText() + "\" remembered " + SmokeCheck.seconds(took)
                + " after the turn, then deleted";
    }

    private static void enableMemory(ApiClient api) {
        JsonAnswer settings =
                api.put("/v1/settings", Map.of("memoryEnabled", true)).expect(200);
        if (!settings.path("memoryEnabled").asBoolean(false)) {
            throw new SmokeFailure("PUT /v1/settings did not answer memoryEnabled: true");
        }
    }

    private JsonAnswer awaitMemoryOf(ApiClient api, String turnId, long since) {
        long until = since + deadline.toNanos();
        for (int reads = 1; ; reads++) {
            Optional<JsonNode> found = find(
                    api, m -> turnId.equals(m.path("provenance").path("turnId").asText()));
            if (found.isPresent()) {
                return new JsonAnswer("GET /v1/memory", found.get());
            }
            long left = until - System.nanoTime();
            if (left <= 0) {
                throw new SmokeFailure(
                        "no memory from turn " + turnId + " within " + SmokeCheck.seconds(deadline) + " (" + reads
                                + " reads of GET /v1/memory); is the curator consuming the conversations stream?");
            }
            SmokeCheck.pause(Duration.ofNanos(Math.min(left, interval.toNanos())));
        }
    }

    private static Optional<JsonNode> find(ApiClient api, Predicate<JsonNode> memory) {
        return api.get("/v1/memory").expect(200).list("memories").stream()
                .filter(memory)
                .findFirst();
    }
}
