package dev.rapport.local.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.rapport.json.Json;
import dev.rapport.local.auth.LocalJwtIssuer;
import dev.rapport.local.events.LocalEventBus;
import dev.rapport.local.lambda.FunctionFailedException;
import dev.rapport.local.schedules.LocalSchedules;
import dev.rapport.local.web.StaticFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What only the local stack has: token minting, health, the signing keys, firing schedules, published events and the
 * web page.
 */
final class LocalEndpoints implements HttpHandler {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern RUN_SCHEDULE = Pattern.compile("/local/schedules/([A-Za-z0-9._-]{1,128})/run");

    private final LocalJwtIssuer jwt;
    private final Supplier<Map<String, Object>> health;
    private final LocalSchedules schedules;
    private final LocalEventBus events;

    LocalEndpoints(
            LocalJwtIssuer jwt, Supplier<Map<String, Object>> health, LocalSchedules schedules, LocalEventBus events) {
        this.jwt = jwt;
        this.health = health;
        this.schedules = schedules;
        this.events = events;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/local/token" -> onlyFor("POST", exchange, () -> token(exchange));
            case "/local/events" -> {
                if (method.equals("POST")) {
                    publish(exchange);
                } else {
                    onlyFor("GET", exchange, () -> Responses.json(exchange, 200, Map.of("events", events.events())));
                }
            }
            case "/local/health" -> onlyFor("GET", exchange, () -> Responses.json(exchange, 200, health.get()));
            case "/local/.well-known/jwks.json" ->
                onlyFor(
                        "GET",
                        exchange,
                        () -> Responses.send(
                                exchange,
                                200,
                                "application/json",
                                jwt.jwksJson().getBytes(StandardCharsets.UTF_8)));
            case "/local/schedules" ->
                onlyFor(
                        "GET",
                        exchange,
                        () -> Responses.json(
                                exchange,
                                200,
                                Map.of(
                                        "schedules",
                                        schedules.triggers().stream()
                                                .map(t -> Map.of(
                                                        "name",
                                                        t.name(),
                                                        "function",
                                                        t.function(),
                                                        "type",
                                                        t.type(),
                                                        "expression",
                                                        t.expression()))
                                                .toList())));
            default -> {
                Matcher run = RUN_SCHEDULE.matcher(path);
                if (run.matches()) {
                    onlyFor("POST", exchange, () -> runSchedule(exchange, run.group(1)));
                    return;
                }
                Optional<StaticFiles.File> file =
                        method.equals("GET") || method.equals("HEAD") ? StaticFiles.find(path) : Optional.empty();
                if (file.isPresent()) {
                    Responses.send(
                            exchange, 200, file.get().contentType(), file.get().bytes());
                } else {
                    Responses.problem(exchange, 404, "not-found", "Not Found", "no route for " + method + " " + path);
                }
            }
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void onlyFor(String method, HttpExchange exchange, Action action) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            action.run();
        } else {
            exchange.getResponseHeaders().set("Allow", method);
            Responses.problem(exchange, 405, "method-not-allowed", "Method Not Allowed", "this path accepts " + method);
        }
    }

    /** Fires one schedule now, as the service would, and answers with what the function returned. */
    private void runSchedule(HttpExchange exchange, String name) throws IOException {
        Optional<LocalSchedules.Firing> firing;
        try {
            firing = schedules.run(name);
        } catch (FunctionFailedException e) {
            Responses.problem(exchange, 502, "function-failed", "Bad Gateway", "the scheduled function failed");
            return;
        }
        if (firing.isEmpty()) {
            Responses.problem(
                    exchange, 404, "not-found", "Not Found", "no schedule named " + name + " in the template");
            return;
        }
        LocalSchedules.Firing fired = firing.get();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("schedule", fired.schedule());
        answer.put("function", fired.function());
        answer.put("event", Json.MAPPER.readTree(fired.event()));
        answer.put("result", Json.MAPPER.readTree(fired.result()));
        Responses.json(exchange, 200, answer);
    }

    /**
     * Publishes one event to a bus of the template, as the business would with PutEvents: {@code source},
     * {@code detail-type} and an object {@code detail}, as in {@code events/} (whose envelope it accepts
     * whole); {@code EventBusName} defaults to the bus the template's rules listen on.
     */
    private void publish(HttpExchange exchange) throws IOException {
        JsonNode request = jsonBody(exchange);
        List<String> routed = events.routedBuses();
        if (request == null
                || !request.path("source").isTextual()
                || !request.path("detail-type").isTextual()
                || !request.path("detail").isObject()) {
            Responses.problem(
                    exchange,
                    400,
                    "invalid-event",
                    "Bad Request",
                    "send {\"source\":\"acme.orders\",\"detail-type\":\"OrderPlaced\",\"detail\":{…}}");
            return;
        }
        String bus = request.path("EventBusName").asText(routed.isEmpty() ? "default" : routed.getFirst());
        LocalEventBus.Published published;
        try {
            published = events.publish(
                    bus,
                    request.path("source").asText(),
                    request.path("detail-type").asText(),
                    Instant.now(),
                    request.path("detail"));
        } catch (IllegalArgumentException e) {
            Responses.problem(exchange, 404, "not-found", "Not Found", e.getMessage());
            return;
        }
        Responses.json(exchange, 200, published);
    }

    /** The request's JSON body, or null when there is none or it is not JSON. */
    private static JsonNode jsonBody(HttpExchange exchange) throws IOException {
        byte[] body = ApiHandler.readBody(exchange);
        try {
            return body == null || body.length == 0 ? null : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        JsonNode request = jsonBody(exchange);
        JsonNode sub = request == null ? null : request.get("sub");
        if (sub == null || !sub.isTextual() || !SUBJECT.matcher(sub.asText()).matches()) {
            Responses.problem(
                    exchange,
                    400,
                    "invalid-token-request",
                    "Bad Request",
                    "send {\"sub\":\"alice\",\"groups\":[\"marketers\"]}; sub is 1-128 of A-Z a-z 0-9 . _ @ -");
            return;
        }
        List<String> groups = new ArrayList<>();
        JsonNode groupsNode = request.path("groups");
        if (!groupsNode.isMissingNode() && !groupsNode.isNull()) {
            if (!groupsNode.isArray()) {
                Responses.problem(
                        exchange, 400, "invalid-token-request", "Bad Request", "groups must be an array of names");
                return;
            }
            for (JsonNode group : groupsNode) {
                if (!group.isTextual() || !GROUP.matcher(group.asText()).matches()) {
                    Responses.problem(
                            exchange,
                            400,
                            "invalid-token-request",
                            "Bad Request",
                            "each group is 1-64 of A-Z a-z 0-9 . _ -");
                    return;
                }
                groups.add(group.asText());
            }
        }
        Responses.json(
                exchange,
                200,
                Map.of(
                        "token", jwt.mint(sub.asText(), groups),
                        "tokenType", "Bearer",
                        "expiresIn", LocalJwtIssuer.LIFETIME.toSeconds()));
    }
}
