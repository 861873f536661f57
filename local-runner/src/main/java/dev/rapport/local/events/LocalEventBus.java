package dev.rapport.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rapport.json.Json;
import dev.rapport.local.lambda.FunctionFailedException;
import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.template.RuleTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * EventBridge's {@code PutEvents} on 127.0.0.1, over its real wire protocol (AWS JSON 1.1,
 * {@code X-Amz-Target: AWSEvents.PutEvents}), so the unmodified SDK client publishes to it. It
 * knows the template's buses, refuses others as EventBridge does, and records what it accepted
 * for {@code GET /local/events} and for tests. The template's {@code EventBridgeRule} events are its
 * rules: an accepted event that matches one is delivered to its function, in EventBridge's envelope,
 * before PutEvents answers, so a test waits for a fact instead of a clock.
 */
public final class LocalEventBus implements AutoCloseable {

    static final String TARGET = "AWSEvents.PutEvents";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    /** One accepted event, as a rule's target would see it. */
    public record Event(
            String id, String eventBusName, String source, String detailType, Instant time, JsonNode detail) {}

    /** One delivery of an event to a rule's function: what it answered, or why it failed. */
    public record Delivery(String function, String rule, JsonNode result, String error) {}

    /** An accepted event and where its rules took it. */
    public record Published(Event event, List<Delivery> deliveries) {}

    private final HttpServer server;
    private volatile List<RuleTrigger> rules = List.of();
    private volatile Map<String, LocalFunction> targets = Map.of();
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

    /** The template's rules and the functions they target; until then nothing is delivered. */
    public void route(List<RuleTrigger> triggers, Map<String, LocalFunction> functions) {
        for (RuleTrigger trigger : triggers) {
            if (!buses.contains(trigger.busName())) {
                throw new IllegalStateException(trigger.function() + "." + trigger.name() + " listens on bus "
                        + trigger.busName() + ", which the template does not define");
            }
        }
        this.targets = Map.copyOf(functions);
        this.rules = List.copyOf(triggers);
    }

    /** The buses some rule listens on, for {@code POST /local/events}. */
    public List<String> routedBuses() {
        return rules.stream().map(RuleTrigger::busName).distinct().toList();
    }

    /** Accepts one event as PutEvents would, and delivers it to the functions of the rules it matches. */
    public Published publish(String bus, String source, String detailType, Instant time, JsonNode detail) {
        if (!buses.contains(bus)) {
            throw new IllegalArgumentException("Event bus " + bus + " does not exist.");
        }
        Event event = new Event(UUID.randomUUID().toString(), bus, source, detailType, time, detail);
        events.add(event);
        return new Published(event, deliver(event));
    }

    private List<Delivery> deliver(Event event) {
        ObjectNode envelope = envelope(event);
        List<Delivery> deliveries = new ArrayList<>();
        for (RuleTrigger rule : rules) {
            if (!rule.busName().equals(event.eventBusName()) || !EventPattern.matches(rule.pattern(), envelope)) {
                continue;
            }
            try {
                String result = targets.get(rule.function()).invoke(envelope.toString());
                deliveries.add(new Delivery(rule.function(), rule.name(), Json.MAPPER.readTree(result), null));
            } catch (FunctionFailedException | IOException e) {
                // EventBridge would retry and then dead-letter; locally the failure is reported and logged.
                System.err.println("local stack: " + rule.function() + " failed event " + event.id() + ": " + e);
                deliveries.add(new Delivery(rule.function(), rule.name(), null, e.getMessage()));
            }
        }
        return deliveries;
    }

    /** The JSON a rule's target receives. */
    static ObjectNode envelope(Event event) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        envelope.put("version", "0");
        envelope.put("id", event.id());
        envelope.put("detail-type", event.detailType());
        envelope.put("source", event.source());
        envelope.put("account", "000000000000");
        envelope.put("time", event.time().truncatedTo(ChronoUnit.SECONDS).toString());
        envelope.put("region", "us-east-1");
        envelope.putArray("resources");
        envelope.set("detail", event.detail());
        return envelope;
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
        int failed = 0;
        for (JsonNode entry : entries) {
            ObjectNode result = results.addObject();
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                result.put("ErrorCode", "InternalFailure");
                result.put("ErrorMessage", "failure injected by the local stack");
                failed++;
                continue;
            }
            Published published = publish(
                    entry.path("EventBusName").asText("default"),
                    entry.path("Source").asText(),
                    entry.path("DetailType").asText(),
                    time(entry.path("Time")),
                    detail(entry.path("Detail").asText()));
            result.put("EventId", published.event().id());
        }
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
