package dev.rapport.http.apigateway;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.problem.ProblemException;
import java.util.Map;
import java.util.Set;

/**
 * Base of every HTTP API function: resolves the caller, dispatches on the route key and turns
 * failures into problem+json. Unexpected faults are logged by class and request id only — never
 * with request content, which may hold personal data — and answered without a stack trace.
 */
public abstract class HttpApiFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final JwtClaims claims;

    protected HttpApiFunction(JwtClaims claims) {
        this.claims = claims;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        try {
            ApiRequest request = new ApiRequest(event, claims.caller(event));
            Route route = routes().get(request.routeKey());
            if (route == null) {
                throw ProblemException.notFound("No route " + request.routeKey() + ".");
            }
            return route.handle(request);
        } catch (ProblemException e) {
            return ApiResponses.problem(e);
        } catch (RuntimeException e) {
            String requestId = context == null ? "-" : context.getAwsRequestId();
            System.err.println("{\"level\":\"ERROR\",\"message\":\"unhandled failure\",\"error\":\""
                    + e.getClass().getName() + "\",\"requestId\":\"" + requestId + "\"}");
            return ApiResponses.internalError();
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
