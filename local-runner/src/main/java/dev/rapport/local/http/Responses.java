package dev.rapport.local.http;

import com.sun.net.httpserver.HttpExchange;
import dev.rapport.json.Json;
import dev.rapport.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the local stack's own answers: JSON, {@code application/problem+json}, raw bytes. */
final class Responses {

    private Responses() {}

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", Json.MAPPER.writeValueAsBytes(body));
    }

    static void problem(HttpExchange exchange, int status, String slug, String title, String detail)
            throws IOException {
        Problem problem = new Problem("https://rapport.dev/problems/" + slug, title, status, detail);
        send(exchange, status, Problem.MEDIA_TYPE, Json.MAPPER.writeValueAsBytes(problem));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        write(exchange, status, body);
    }

    /** Sends the status and body with whatever headers are already set, then ends the exchange. */
    static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
