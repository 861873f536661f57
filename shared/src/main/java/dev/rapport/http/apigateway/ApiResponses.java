package dev.rapport.http.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.json.Json;
import dev.rapport.problem.Problem;
import dev.rapport.problem.ProblemException;
import java.util.HashMap;
import java.util.Map;

/** JSON and problem+json responses in the HTTP API payload v2 shape. */
public final class ApiResponses {

    private ApiResponses() {}

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return response(status, "application/json", Json.write(body), Map.of());
    }

    /**
     * An SVG image, locked down as a document of its own: nothing it could hold would load or run,
     * and browsers take it for an image only.
     */
    public static APIGatewayV2HTTPResponse svg(String body) {
        return response(
                200,
                "image/svg+xml",
                body,
                Map.of(
                        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'",
                        "X-Content-Type-Options", "nosniff"));
    }

    public static APIGatewayV2HTTPResponse problem(ProblemException e) {
        Map<String, String> extra = new HashMap<>();
        e.retryAfter().ifPresent(d -> extra.put("Retry-After", Long.toString(Math.max(1, d.toSeconds()))));
        if (e.problem().status() == 401) {
            extra.put("WWW-Authenticate", "Bearer");
        }
        return response(e.problem().status(), Problem.MEDIA_TYPE, Json.write(e.problem()), extra);
    }

    public static APIGatewayV2HTTPResponse internalError() {
        Problem problem = new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "Something went wrong on our side; nothing was changed. Please retry.");
        return response(500, Problem.MEDIA_TYPE, Json.write(problem), Map.of());
    }

    private static APIGatewayV2HTTPResponse response(
            int status, String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
