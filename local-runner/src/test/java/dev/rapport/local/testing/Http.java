package dev.rapport.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client for the local stack, as a web or app client would call it. */
public record Http(URI base) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    public HttpRequest.Builder postJson(String path, String json, String token) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public HttpRequest.Builder get(String path, String token) {
        HttpRequest.Builder request = request(path).GET();
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
