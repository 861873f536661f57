package dev.rapport.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rapport.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * EventBridge's {@code PutEvents} on 127.0.0.1, over its real wire protocol (AWS JSON 1.1,
 * {@code X-Amz-Target: AWSEvents.PutEvents}), so the unmodified SDK client publishes to it. It
 * knows the template's buses, refuses others as EventBridge does, and records what it accepted
 * for {@code GET /local/events} and for tests. Rules and targets are out of scope: nothing is
 * delivered onwards.
 */
public final class LocalEventBus implements AutoCloseable {

    static final String TARGET = "AWSEvents.PutEvents";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    /** One accepted event, as a rule's target would see it. */
    public record Event(
            String id, String eventBusName, String source, String detailType, Instant time, JsonNode detail) {}

    private final HttpServer server;
    private final Set<String> buses;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();

    private LocalEventBus(HttpServer server, Set<String> buses) {
        this.server = server;
        this.buses = Set.copyOf(buses);
    }

    public static LocalEventBus start(Set<String> buses) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            LocalEventBus bus = new LocalEventBus(server, buses);
            server.setExecutor(Executors.newFixedThreadPool(
                    2, Thread.ofPlatform().daemon().name("local-eventbridge").factory()));
            server.createContext("/", bus::handle);
            server.start();
            return bus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Everything accepted so far, oldest first. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The next {@code count} entries fail as EventBridge reports a failed entry (HTTP 200, FailedEntryCount). */
    public void failNextEntries(int count) {
        failNext.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (!"POST".equals(exchange.getRequestMethod()) || !TARGET.equals(target)) {
                reply(exchange, 400, error("UnknownOperationException", "only " + TARGET + " is served locally"));
                return;
            }
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = Json.MAPPER.readTree(in);
            }
            JsonNode entries = request.path("Entries");
            if (!entries.isArray() || entries.isEmpty() || entries.size() > 10) {
                reply(exchange, 400, error("ValidationException", "Entries holds 1 to 10 entries"));
                return;
            }
            for (JsonNode entry : entries) {
                String bus = entry.path("EventBusName").asText("default");
                if (!buses.contains(bus)) {
                    reply(exchange, 400, error("ResourceNotFoundException", "Event bus " + bus + " does not exist."));
                    return;
                }
            }
            reply(exchange, 200, accept(entries));
        }
    }

    private ObjectNode accept(JsonNode entries) {
        ObjectNode response = Json.MAPPER.createObjectNode();
        ArrayNode results = response.putArray("Entries");
        List<Event> accepted = new ArrayList<>();
        int failed = 0;
        for (JsonNode entry : entries) {
            ObjectNode result = results.addObject();
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                result.put("ErrorCode", "InternalFailure");
                result.put("ErrorMessage", "failure injected by the local stack");
                failed++;
                continue;
            }
            String id = UUID.randomUUID().toString();
            result.put("EventId", id);
            accepted.add(new Event(
                    id,
                    entry.path("EventBusName").asText("default"),
                    entry.path("Source").asText(),
                    entry.path("DetailType").asText(),
                    time(entry.path("Time")),
                    detail(entry.path("Detail").asText())));
        }
        events.addAll(accepted);
        response.put("FailedEntryCount", failed);
        return response;
    }

    /** The SDK sends Time as epoch seconds (with a fraction). */
    private static Instant time(JsonNode time) {
        if (!time.isNumber()) {
            return Instant.now();
        }
        double seconds = time.asDouble();
        return Instant.ofEpochSecond((long) seconds, Math.round((seconds - Math.floor(seconds)) * 1e9));
    }

    private static JsonNode detail(String detail) {
        try {
            return Json.MAPPER.readTree(detail);
        } catch (IOException e) {
            return Json.MAPPER.getNodeFactory().textNode(detail);
        }
    }

    private static ObjectNode error(String type, String message) {
        ObjectNode error = Json.MAPPER.createObjectNode();
        error.put("__type", type);
        error.put("message", message);
        return error;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
