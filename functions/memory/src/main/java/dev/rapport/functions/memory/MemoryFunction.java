package dev.rapport.functions.memory;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JsonBody;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.identity.Caller;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.settings.SettingsUpdate;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.MemoryApplication;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a customer controls about their data: {@code GET}/{@code PUT /v1/settings} (what Rapport may
 * remember, preferences), {@code GET}/{@code PATCH}/{@code DELETE /v1/memory} (what it remembers,
 * with provenance), {@code GET /v1/me/export} (everything held) and {@code DELETE /v1/me} (forget
 * everything).
 */
public final class MemoryFunction extends HttpApiFunction {

    static final int MAX_BODY_BYTES = 8 * 1024;
    private static final Set<String> SETTINGS_FIELDS =
            Set.of("memoryEnabled", "sensitiveMemoryAllowed", "marketingOptIn", "timezone", "locale", "profiles");

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final MemoryApplication APP = MemoryApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));

        static {
            Priming.register("memory", () -> new MemoryFunction(APP, CLAIMS).prime());
        }
    }

    private final MemoryApplication app;
    private final Map<String, Route> routes = Map.of(
            "GET /v1/settings", this::getSettings,
            "PUT /v1/settings", this::putSettings,
            "GET /v1/me/export", this::export,
            "DELETE /v1/me", this::erase,
            "GET /v1/memory", this::listMemories,
            "PATCH /v1/memory/{id}", this::editMemory,
            "DELETE /v1/memory/{id}", this::deleteMemory);

    public MemoryFunction() {
        this(Default.APP, Default.CLAIMS);
    }

    public MemoryFunction(MemoryApplication app, JwtClaims claims) {
        super(claims);
        this.app = app;
    }

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    /** The two reads every page load makes, for nobody's account, then the HTTP layer around them. */
    void prime() {
        Caller nobody = new Caller(Priming.SUBJECT, Set.of());
        app.memories().list(nobody, null);
        primeHttp(
                "PUT /v1/settings",
                "{\"memoryEnabled\":true,\"timezone\":\"Asia/Shanghai\"}",
                app.settings().get(nobody));
    }

    private APIGatewayV2HTTPResponse getSettings(ApiRequest request) {
        return ApiResponses.json(200, app.settings().get(request.caller()));
    }

    private APIGatewayV2HTTPResponse putSettings(ApiRequest request) {
        JsonBody body = request.jsonBody(MAX_BODY_BYTES).onlyFields(SETTINGS_FIELDS);
        SettingsUpdate update = new SettingsUpdate(
                body.optionalBoolean("memoryEnabled"),
                body.optionalBoolean("sensitiveMemoryAllowed"),
                body.optionalBoolean("marketingOptIn"),
                body.optionalString("timezone"),
                body.optionalString("locale"),
                profiles(body));
        return ApiResponses.json(200, app.settings().update(request.caller(), update));
    }

    private APIGatewayV2HTTPResponse listMemories(ApiRequest request) {
        return ApiResponses.json(
                200,
                app.memories()
                        .list(
                                request.caller(),
                                request.queryParameter("profileId").orElse(null)));
    }

    private APIGatewayV2HTTPResponse editMemory(ApiRequest request) {
        JsonBody body = request.jsonBody(MAX_BODY_BYTES).onlyFields(Set.of("statement"));
        return ApiResponses.json(
                200,
                app.memories()
                        .edit(
                                request.caller(),
                                request.queryParameter("profileId").orElse(null),
                                memoryId(request),
                                body.requiredString("statement")));
    }

    private APIGatewayV2HTTPResponse deleteMemory(ApiRequest request) {
        app.memories()
                .delete(request.caller(), request.queryParameter("profileId").orElse(null), memoryId(request));
        return ApiResponses.json(200, Map.of("deleted", true));
    }

    private static String memoryId(ApiRequest request) {
        return request.pathParameter("id").orElse("");
    }

    private APIGatewayV2HTTPResponse export(ApiRequest request) {
        return ApiResponses.json(200, app.personalData().export(request.caller()));
    }

    /**
     * Synchronous: a 200 means nothing of the caller is left in any table or index (but the erasure
     * marker); a 503 says how much is left, and repeating the request finishes it.
     */
    private APIGatewayV2HTTPResponse erase(ApiRequest request) {
        return ApiResponses.json(200, app.personalData().erase(request.caller()));
    }

    private static List<CustomerSettings.Profile> profiles(JsonBody body) {
        List<JsonBody> items = body.optionalObjects("profiles", SettingsUpdate.MAX_PROFILES);
        return items == null
                ? null
                : items.stream()
                        .map(item -> item.onlyFields(Set.of("id", "name")))
                        .map(item ->
                                new CustomerSettings.Profile(item.requiredString("id"), item.requiredString("name")))
                        .toList();
    }
}
