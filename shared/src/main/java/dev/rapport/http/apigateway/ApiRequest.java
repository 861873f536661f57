package dev.rapport.http.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An HTTP API (payload v2) request as a function sees it, with the verified caller. */
public record ApiRequest(APIGatewayV2HTTPEvent event, Caller caller) {

    public String routeKey() {
        return event.getRouteKey();
    }

    public Optional<String> pathParameter(String name) {
        return lookup(event.getPathParameters(), name);
    }

    public Optional<String> queryParameter(String name) {
        return lookup(event.getQueryStringParameters(), name);
    }

    /** Header names are case-insensitive; API Gateway lower-cases them but clients and tests may not. */
    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** For routes whose body is optional: an absent or blank body is no body, not a bad one. */
    public boolean hasBody() {
        return event.getBody() != null && !event.getBody().isBlank();
    }

    /**
     * The body as a JSON object, refusing bodies over {@code maxBytes} before parsing them, and a
     * declared content type other than JSON (415). Every route reads its body here, so they all
     * refuse the same things: see {@link JsonBody#parse}.
     */
    public JsonBody jsonBody(int maxBytes) {
        header("Content-Type").ifPresent(ApiRequest::requireJson);
        String raw = event.getBody();
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest("invalid-json", "The request body must be a JSON object.");
        }
        String text = event.getIsBase64Encoded() ? decode(raw) : raw;
        if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw ProblemException.payloadTooLarge("The request body is limited to " + maxBytes + " bytes.");
        }
        return JsonBody.parse(text);
    }

    /** application/json, with or without a charset, or any {@code +json} type; a missing header is taken as JSON. */
    private static void requireJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            throw ProblemException.unsupportedMediaType(
                    "unsupported-media-type", "The request body must be sent as application/json.");
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-body", "The request body is not valid base64.");
        }
    }

    private static Optional<String> lookup(Map<String, String> values, String name) {
        return values == null ? Optional.empty() : Optional.ofNullable(values.get(name));
    }
}
