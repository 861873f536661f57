package dev.rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.rapport.json.Json;
import java.util.List;

/** The JSON bodies a model stub received, oldest first (WireMock lists the newest first). */
public final class StubRequests {

    private StubRequests() {}

    public static List<JsonNode> bodies(List<ServeEvent> events) {
        return events.reversed().stream()
                .map(e -> {
                    try {
                        return Json.MAPPER.readTree(e.getRequest().getBodyAsString());
                    } catch (Exception ex) {
                        throw new AssertionError(ex);
                    }
                })
                .toList();
    }
}
