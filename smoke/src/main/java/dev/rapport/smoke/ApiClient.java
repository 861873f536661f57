package dev.rapport.smoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** The HTTP API as a web or app client calls it: one bearer token, JSON in and out, each request bounded in time. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final String token;
    private final Duration timeout;

    ApiClient(URI api, String token, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        // Concatenated rather than resolved, so a base path (a custom domain's mapping) is kept.
        this.base = api.toString().replaceAll("/+$", "");
        this.token = token;
        this.timeout = timeout;
    }

    ApiResponse get(String path) {
        return send("GET", path, null);
    }

    ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    ApiResponse post(String path, Object body) {
        return send("POST", path, body);
    }

    ApiResponse put(String path, Object body) {
        return send("PUT", path, body);
    }

    private ApiResponse send(String method, String path, Object body) {
        String request = method + " " + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            builder.method(method, BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(write(body)));
        }
        try {
            var response = http.send(builder.build(), BodyHandlers.ofString());
            return new ApiResponse(
                    request,
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After"));
        } catch (HttpTimeoutException e) {
            throw new SmokeFailure(request + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new SmokeFailure(request + ": no answer (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmokeFailure(request + ": interrupted");
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
