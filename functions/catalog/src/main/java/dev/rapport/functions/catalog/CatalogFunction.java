package dev.rapport.functions.catalog;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.catalog.CatalogAdmin;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.wiring.CatalogApplication;
import java.util.Map;

/** {@code PUT /v1/kb/products/{sku}}: support admins create or replace a catalog product. */
public final class CatalogFunction extends HttpApiFunction {

    /** A product with its names, lists and specs fits easily; anything larger is refused before parsing. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final CatalogApplication APP = CatalogApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));
    }

    private final CatalogApplication app;
    private final Map<String, Route> routes = Map.of("PUT /v1/kb/products/{sku}", this::putProduct);

    public CatalogFunction() {
        this(Default.APP, Default.CLAIMS);
    }

    public CatalogFunction(CatalogApplication app, JwtClaims claims) {
        super(claims);
        this.app = app;
    }

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    private APIGatewayV2HTTPResponse putProduct(ApiRequest request) {
        CatalogAdmin.Saved saved = app.admin()
                .put(
                        request.caller(),
                        request.pathParameter("sku").orElse(""),
                        request.jsonBody(MAX_BODY_BYTES).tree());
        return ApiResponses.json(saved.created() ? 201 : 200, saved.product());
    }
}
