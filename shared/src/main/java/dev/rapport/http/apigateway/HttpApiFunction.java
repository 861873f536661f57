package dev.rapport.http.apigateway;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.json.Json;
import dev.rapport.observability.Telemetry;
import dev.rapport.problem.ProblemException;
import dev.rapport.snapstart.Priming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every HTTP API function: resolves the caller, dispatches on the route key and turns
 * failures into problem+json, with one structured log line and request metrics per invocation.
 * Unexpected faults are logged by class only — never with request content, which may hold
 * personal data — and answered without a stack trace.
 */
public abstract class HttpApiFunction implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApiFunction.class);

    private final JwtClaims claims;

    protected HttpApiFunction(JwtClaims claims) {
        this.claims = claims;
    }

    /**
     * The entry point Lambda calls. The event is read and the response written with Rapport's own
     * Jackson, so the runtime never loads its serializer for API Gateway events (a shaded Jackson of
     * some 700 classes) in the cold start.
     */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APIGatewayV2HTTPEvent event = Json.MAPPER.readValue(input, APIGatewayV2HTTPEvent.class);
        Json.MAPPER.writeValue(output, handleRequest(event, context));
    }

    /** One request as API Gateway sends it, answered as API Gateway expects. */
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        long start = System.nanoTime();
        Telemetry.correlate(
                "apiRequestId",
                event.getRequestContext() == null
                        ? null
                        : event.getRequestContext().getRequestId());
        Telemetry.correlate("route", event.getRouteKey());
        APIGatewayV2HTTPResponse response;
        try {
            ApiRequest request = new ApiRequest(event, claims.caller(event));
            Route route = routes().get(request.routeKey());
            if (route == null) {
                throw ProblemException.notFound("No route " + request.routeKey() + ".");
            }
            response = route.handle(request);
        } catch (ProblemException e) {
            Telemetry.count(
                    "Problem_" + e.problem().type().substring(e.problem().type().lastIndexOf('/') + 1));
            response = ApiResponses.problem(e);
        } catch (RuntimeException e) {
            // The class and the frames only: exception messages can quote customer input. ("error" is
            // a key Powertools reserves and drops.)
            LOG.error(
                    "unhandled failure",
                    entry("exception", e.getClass().getName()),
                    entry("frames", StackFrames.of(e)));
            response = ApiResponses.internalError();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        Telemetry.count("Requests");
        Telemetry.milliseconds("Latency", millis);
        if (response.getStatusCode() >= 500) {
            Telemetry.count("ServerErrors");
        } else if (response.getStatusCode() >= 400) {
            Telemetry.count("ClientErrors");
        }
        LOG.info("request handled", entry("status", response.getStatusCode()), entry("latencyMs", Math.round(millis)));
        return response;
    }

    /**
     * The HTTP layer's share of a request, for a SnapStart snapshot: claims, body parsing, and the
     * JSON of an answer and of a problem. Bypasses {@link #handleRequest} so no metric or access log
     * is recorded for a request nobody made.
     */
    protected final void primeHttp(String routeKey, String body, Object answer) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey(routeKey)
                .withBody(body)
                .withHeaders(Map.of("content-type", "application/json"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT
                                        .builder()
                                        .withClaims(Map.of("sub", Priming.SUBJECT))
                                        .build())
                                .build())
                        .build())
                .build();
        try {
            // The same reading and writing the stream entry point does.
            APIGatewayV2HTTPEvent read =
                    Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(event), APIGatewayV2HTTPEvent.class);
            new ApiRequest(read, claims.caller(read)).jsonBody(body.getBytes(StandardCharsets.UTF_8).length);
            Json.MAPPER.writeValueAsBytes(ApiResponses.json(200, answer));
            Json.MAPPER.writeValueAsBytes(ApiResponses.problem(ProblemException.notFound("Nothing was found.")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers one request; throws {@link ProblemException} for anything the client must fix. */
    @FunctionalInterface
    protected interface Route {
        APIGatewayV2HTTPResponse handle(ApiRequest request);
    }

    /**
     * The routes this function serves, by API Gateway route key ({@code "POST /v1/chat"}); the
     * template checks compare them with template.yaml's events.
     */
    protected abstract Map<String, Route> routes();

    public final Set<String> routeKeys() {
        return Set.copyOf(routes().keySet());
    }
}
