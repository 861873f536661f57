package dev.rapport.http.apigateway;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.observability.Telemetry;
import dev.rapport.problem.ProblemException;
import dev.rapport.snapstart.Priming;
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
public abstract class HttpApiFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApiFunction.class);

    private final JwtClaims claims;

    protected HttpApiFunction(JwtClaims claims) {
        this.claims = claims;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        long start = System.nanoTime();
        Telemetry.correlate("apiRequestId", event.getRequestContext() == null ? null : event.getRequestContext().getRequestId());
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
            Telemetry.count("Problem_" + e.problem().type().substring(e.problem().type().lastIndexOf('/') + 1));
            response = ApiResponses.problem(e);
        } catch (RuntimeException e) {
            // The class only: exception messages can quote customer input.
            LOG.error("unhandled failure", entry("error", e.getClass().getName()));
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
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(Map.of("sub", Priming.SUBJECT)).build())
                                .build())
                        .build())
                .build();
        new ApiRequest(event, claims.caller(event)).jsonBody(body.length() + 1);
        ApiResponses.json(200, answer);
        ApiResponses.problem(ProblemException.notFound("Nothing was found."));
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
