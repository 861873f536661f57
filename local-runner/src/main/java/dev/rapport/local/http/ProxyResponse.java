package dev.rapport.local.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.rapport.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Turns a function's response into the HTTP answer as an HTTP API does for payload format 2.0:
 * a structured {@code {statusCode, headers, cookies, body, isBase64Encoded}} object, or else any
 * JSON value as a 200 {@code application/json} body.
 */
final class ProxyResponse {

    private ProxyResponse() {}

    static void write(HttpExchange exchange, String functionOutput) throws IOException {
        JsonNode response;
        try {
            response = Json.MAPPER.readTree(functionOutput);
        } catch (JsonProcessingException e) {
            Responses.problem(
                    exchange, 502, "bad-gateway", "Bad Gateway", "the function returned a malformed response");
            return;
        }
        if (response == null || !response.isObject() || !response.has("statusCode")) {
            Responses.send(exchange, 200, "application/json", functionOutput.getBytes(StandardCharsets.UTF_8));
            return;
        }
        var headers = exchange.getResponseHeaders();
        response.path("headers")
                .properties()
                .forEach(h -> headers.set(h.getKey(), h.getValue().asText()));
        response.path("multiValueHeaders")
                .properties()
                .forEach(h -> h.getValue().forEach(v -> headers.add(h.getKey(), v.asText())));
        response.path("cookies").forEach(c -> headers.add("Set-Cookie", c.asText()));
        String body =
                response.path("body").isNull() ? "" : response.path("body").asText("");
        byte[] bytes = response.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        if (!headers.containsKey("Content-Type") && bytes.length > 0) {
            headers.set("Content-Type", "application/json");
        }
        Responses.write(exchange, response.path("statusCode").asInt(200), bytes);
    }
}
