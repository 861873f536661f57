package dev.rapport.functions.insight;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.analytics.AnalyticsService;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.wiring.AnalyticsApplication;
import java.util.Map;

/** {@code GET /v1/analytics/summary?from&to}: the service-quality figures, support admins only. */
public final class AnalyticsSummaryFunction extends HttpApiFunction {

    private static final class Default {
        static final Environment ENV = Environment.system();
        static final AnalyticsApplication APP = AnalyticsApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));
    }

    private final AnalyticsService analytics;

    public AnalyticsSummaryFunction() {
        this(Default.APP.analytics(), Default.CLAIMS);
    }

    public AnalyticsSummaryFunction(AnalyticsService analytics, JwtClaims claims) {
        super(claims);
        this.analytics = analytics;
    }

    private final Map<String, Route> routes = Map.of("GET /v1/analytics/summary", this::summary);

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    private APIGatewayV2HTTPResponse summary(ApiRequest request) {
        return ApiResponses.json(
                200,
                analytics.summary(
                        request.caller(),
                        request.queryParameter("from").orElse(null),
                        request.queryParameter("to").orElse(null)));
    }
}
