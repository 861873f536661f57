package dev.rapport.smoke;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the HTTP API on 127.0.0.1, answering the smoke checks' requests as a healthy stack
 * would, where a test breaks one route with {@link #override}. It counts the requests per route.
 */
final class FakeApi implements AutoCloseable {

    /** What a route answers. */
    record Answer(int status, String body, Map<String, String> headers) {
        Answer(int status, String body) {
            this(status, body, Map.of());
        }
    }

    /** A replaced route: given which call of the route this is (from 1) and the request body. */
    interface Route {
        Answer answer(int call, String body);
    }

    static final String SESSION = "session-1";
    static final String MEMORY = "memory-1";

    private final HttpServer server;
    private final Map<String, Route> overrides = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<String> turnIds = new ArrayList<>();
    private volatile int memoryHiddenForReads;
    private String memoryTurn;
    private boolean memoryDeleted;
    private boolean erased;
    private volatile String authorization;

    FakeApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Replaces the healthy answer of {@code route}, such as {@code "POST /v1/chat"}. */
    FakeApi override(String route, Route answer) {
        overrides.put(route, answer);
        return this;
    }

    /** The curated memory shows only from this read of {@code GET /v1/memory} on. */
    FakeApi memoryShowsFromRead(int read) {
        memoryHiddenForReads = read - 1;
        return this;
    }

    /** The {@code Authorization} header of the last request. */
    String authorization() {
        return authorization;
    }

    int calls(String route) {
        return calls.getOrDefault(route, new AtomicInteger()).get();
    }

    static Answer json(int status, String body) {
        return new Answer(status, body, Map.of("Content-Type", "application/json"));
    }

    static Answer problem(int status, String slug) {
        return new Answer(
                status,
                "{\"type\":\"https://rapport.dev/problems/" + slug + "\",\"title\":\"" + slug + "\",\"status\":"
                        + status + ",\"detail\":\"" + slug + "\"}",
                Map.of("Content-Type", "application/problem+json"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route =
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int call = calls.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
            Route override = overrides.get(route);
            Answer answer = override != null ? override.answer(call, body) : healthy(route, body);
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private synchronized Answer healthy(String route, String body) {
        return switch (route) {
            case "POST /v1/chat" -> chat(body);
            case "GET /v1/sessions/" + SESSION + "/turns" -> erased ? problem(404, "session-not-found") : turns();
            case "POST /v1/inquiries/image" -> json(200, "{\"reply\":\"A red picture.\"}");
            case "PUT /v1/settings" -> erased ? problem(409, "account-erased") : json(200, "{\"memoryEnabled\":true}");
            case "GET /v1/memory" -> memories();
            case "DELETE /v1/memory/" + MEMORY -> {
                memoryDeleted = true;
                yield json(200, "{\"deleted\":true}");
            }
            case "DELETE /v1/me" -> {
                erased = true;
                yield json(200, "{\"erased\":true,\"itemsDeleted\":5,\"completedAt\":\"2026-12-01T00:00:00Z\"}");
            }
            case "GET /v1/me/export" ->
                json(
                        200,
                        "{\"exportedAt\":\"2026-12-01T00:00:00Z\",\"data\":{\"conversations\":"
                                + (erased ? "[]" : "[{\"pk\":\"S\"}]") + ",\"memory\":[]}}");
            default -> problem(404, "not-found");
        };
    }

    private Answer chat(String body) {
        String turnId = "turn-" + (turnIds.size() + 1);
        turnIds.add(turnId);
        if (body.contains("vegetarian")) {
            memoryTurn = turnId;
        }
        return json(
                200,
                "{\"sessionId\":\"" + SESSION + "\",\"turnId\":\"" + turnId
                        + "\",\"reply\":\"Hello, how can I help?\"}");
    }

    private Answer turns() {
        List<String> entries =
                turnIds.stream().map(id -> "{\"turnId\":\"" + id + "\"}").toList();
        return json(200, "{\"sessionId\":\"" + SESSION + "\",\"turns\":[" + String.join(",", entries) + "]}");
    }

    private Answer memories() {
        boolean shown =
                memoryTurn != null && !memoryDeleted && !erased && calls("GET /v1/memory") > memoryHiddenForReads;
        String memory = "{\"id\":\"" + MEMORY + "\",\"statement\":\"is vegetarian\",\"provenance\":{\"turnId\":\""
                + memoryTurn + "\"}}";
        return json(200, "{\"profileId\":\"default\",\"memories\":[" + (shown ? memory : "") + "]}");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
