package dev.rapport.local.http;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.rapport.local.auth.LocalJwtIssuer;
import dev.rapport.local.lambda.FunctionFailedException;
import dev.rapport.local.lambda.LocalFunction;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTTP API: template routes go through the JWT check to their function as API Gateway v2
 * events; everything else goes to the local stack's own endpoints and the web page.
 */
final class ApiHandler implements HttpHandler {

    /** API Gateway HTTP APIs refuse payloads over 10 MB. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final RouteTable routes;
    private final Map<String, LocalFunction> functions;
    private final LocalJwtIssuer jwt;
    private final HttpHandler fallback;

    ApiHandler(RouteTable routes, Map<String, LocalFunction> functions, LocalJwtIssuer jwt, HttpHandler fallback) {
        this.routes = routes;
        this.functions = functions;
        this.jwt = jwt;
        this.fallback = fallback;
    }

    /** More header lines than a browser or SDK ever sends; API Gateway refuses oversized headers too. */
    static final int MAX_HEADERS = 100;

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            int headers = exchange.getRequestHeaders().values().stream()
                    .mapToInt(java.util.List::size)
                    .sum();
            if (headers > MAX_HEADERS) {
                Responses.problem(
                        exchange,
                        431,
                        "request-header-fields-too-large",
                        "Request Header Fields Too Large",
                        "at most " + MAX_HEADERS + " header lines");
                return;
            }
            switch (routes.match(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath())) {
                case RouteTable.Found found -> invoke(exchange, found);
                case RouteTable.MethodNotAllowed notAllowed -> {
                    exchange.getResponseHeaders().set("Allow", String.join(", ", notAllowed.allowed()));
                    Responses.problem(
                            exchange,
                            405,
                            "method-not-allowed",
                            "Method Not Allowed",
                            "this path accepts " + String.join(", ", notAllowed.allowed()));
                }
                case RouteTable.NotFound notFound -> fallback.handle(exchange);
            }
        } catch (RuntimeException e) {
            System.err.println("local stack: " + e);
            Responses.problem(
                    exchange, 500, "internal", "Internal Server Error", "the local stack failed; see its log");
        }
    }

    private void invoke(HttpExchange exchange, RouteTable.Found found) throws IOException {
        Map<String, String> claims = null;
        if (found.route().authorized()) {
            Optional<JWTClaimsSet> verified = bearerToken(exchange).flatMap(jwt::verify);
            if (verified.isEmpty()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                Responses.problem(
                        exchange,
                        401,
                        "unauthorized",
                        "Unauthorized",
                        "a valid bearer token is required; get one from POST /local/token");
                return;
            }
            claims = flatten(verified.get().toJSONObject());
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            Responses.problem(
                    exchange,
                    413,
                    "payload-too-large",
                    "Payload Too Large",
                    "request bodies are limited to " + MAX_BODY_BYTES + " bytes");
            return;
        }
        String output;
        try {
            output = functions
                    .get(found.route().function())
                    .invoke(ApiGatewayEvents.event(exchange, body, found, claims));
        } catch (FunctionFailedException e) {
            e.getCause().printStackTrace();
            Responses.problem(
                    exchange, 502, "bad-gateway", "Bad Gateway", "the function failed; see the local stack's log");
            return;
        }
        ProxyResponse.write(exchange, output);
    }

    private static Optional<String> bearerToken(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /** The authorizer hands claims to the function as strings; arrays become {@code [a b]}. */
    static Map<String, String> flatten(Map<String, Object> claims) {
        Map<String, String> flat = new TreeMap<>();
        claims.forEach((name, value) -> flat.put(
                name,
                value instanceof List<?> list
                        ? "["
                                + String.join(
                                        " ", list.stream().map(String::valueOf).toList()) + "]"
                        : String.valueOf(value)));
        return flat;
    }

    /** The body, or null when it is larger than an HTTP API accepts. */
    static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }
}
