package dev.rapport.functions.campaigns;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignService;
import dev.rapport.campaigns.CampaignView;
import dev.rapport.campaigns.NewCampaign;
import dev.rapport.campaigns.Segment;
import dev.rapport.campaigns.Stats;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JsonBody;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.CampaignApplication;
import java.util.Map;
import java.util.Set;

/**
 * The marketers' campaigns: {@code POST /v1/campaigns}, {@code GET /v1/campaigns/{id}},
 * {@code POST /v1/campaigns/{id}/preview} and {@code POST /v1/campaigns/{id}/cancel}.
 * Anyone outside the marketers group gets a 403.
 */
public final class CampaignsFunction extends HttpApiFunction {

    static final int MAX_BODY_BYTES = 8 * 1024;
    private static final Set<String> FIELDS =
            Set.of("name", "segment", "brief", "sendAt", "timezone", "quietHours", "frequencyCap", "channel");
    private static final Set<String> SEGMENT_FIELDS =
            Set.of("regions", "locales", "tagsAny", "purchasedWithinDays", "birthMonth");

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final CampaignApplication APP = CampaignApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));

        static {
            Priming.register("campaigns", () -> new CampaignsFunction(APP.campaigns(), CLAIMS).prime());
        }
    }

    private final CampaignService campaigns;
    private final Map<String, Route> routes = Map.of(
            "POST /v1/campaigns", this::create,
            "GET /v1/campaigns/{id}", this::get,
            "POST /v1/campaigns/{id}/preview", this::preview,
            "POST /v1/campaigns/{id}/cancel", this::cancel);

    public CampaignsFunction() {
        this(Default.APP.campaigns(), Default.CLAIMS);
    }

    public CampaignsFunction(CampaignService campaigns, JwtClaims claims) {
        super(claims);
        this.campaigns = campaigns;
    }

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    /**
     * A marketer's read of a campaign nobody made (a 404), then the HTTP layer around a created one; writes nothing.
     */
    void prime() {
        try {
            campaigns.get(new Caller(Priming.SUBJECT, Set.of(Caller.MARKETERS)), Priming.SUBJECT);
        } catch (ProblemException expected) {
            // No such campaign: the read and the problem are what is primed.
        }
        primeHttp(
                "POST /v1/campaigns",
                "{\"name\":\"冬茶\",\"brief\":\"{name}，冬茶到了。\",\"sendAt\":\"2026-12-01T10:00\","
                        + "\"timezone\":\"Asia/Shanghai\"}",
                new CampaignView(
                        Priming.SUBJECT,
                        "冬茶",
                        "scheduled",
                        Segment.EVERYONE,
                        "{name}，冬茶到了。",
                        "2026-12-01T10:00",
                        "Asia/Shanghai",
                        "2026-12-01T02:00:00Z",
                        "21:00-08:00",
                        2,
                        Campaign.INBOX,
                        Stats.NONE,
                        "primer00",
                        null));
    }

    private APIGatewayV2HTTPResponse create(ApiRequest request) {
        JsonBody body = request.jsonBody(MAX_BODY_BYTES).onlyFields(FIELDS);
        String quietStart = null;
        String quietEnd = null;
        if (body.optionalString("quietHours") != null) {
            String[] parts = body.optionalString("quietHours").split("-", 2);
            if (parts.length != 2) {
                throw ProblemException.badRequest("invalid-quiet-hours", "quietHours is like \"21:00-08:00\".");
            }
            quietStart = parts[0].strip();
            quietEnd = parts[1].strip();
        }
        return ApiResponses.json(
                201,
                campaigns.create(
                        request.caller(),
                        new NewCampaign(
                                body.optionalString("name"),
                                segment(body),
                                body.optionalString("brief"),
                                body.optionalString("sendAt"),
                                body.optionalString("timezone"),
                                quietStart,
                                quietEnd,
                                body.optionalInteger("frequencyCap"),
                                body.optionalString("channel"))));
    }

    private APIGatewayV2HTTPResponse get(ApiRequest request) {
        return ApiResponses.json(200, campaigns.get(request.caller(), id(request)));
    }

    private APIGatewayV2HTTPResponse preview(ApiRequest request) {
        return ApiResponses.json(200, campaigns.preview(request.caller(), id(request)));
    }

    private APIGatewayV2HTTPResponse cancel(ApiRequest request) {
        return ApiResponses.json(200, campaigns.cancel(request.caller(), id(request)));
    }

    private static String id(ApiRequest request) {
        return request.pathParameter("id").orElse("");
    }

    private static Segment segment(JsonBody body) {
        JsonBody segment = body.optionalObject("segment");
        if (segment == null) {
            return null;
        }
        segment.onlyFields(SEGMENT_FIELDS);
        return new Segment(
                segment.optionalStrings("regions", 20),
                segment.optionalStrings("locales", 20),
                segment.optionalStrings("tagsAny", 20),
                segment.optionalInteger("purchasedWithinDays"),
                segment.optionalInteger("birthMonth"));
    }
}
