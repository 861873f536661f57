package dev.rapport.functions.reminders;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.campaigns.CardService;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JsonBody;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.identity.Caller;
import dev.rapport.problem.ProblemException;
import dev.rapport.reminders.NewReminder;
import dev.rapport.reminders.ReminderService;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.ReminderApplication;
import java.util.Map;
import java.util.Set;

/**
 * A customer's reminders and inbox: {@code POST}/{@code GET /v1/reminders},
 * {@code DELETE /v1/reminders/{id}}, {@code GET /v1/inbox} (newest first, paged by cursor) and
 * {@code GET /v1/cards/{id}}, the birthday card an inbox message links to, as an SVG image.
 */
public final class RemindersFunction extends HttpApiFunction {

    static final int MAX_BODY_BYTES = 4 * 1024;
    private static final Set<String> FIELDS = Set.of("text", "at", "rrule", "timezone", "profileId");

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final ReminderApplication APP = ReminderApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));

        static {
            Priming.register("reminders", () -> new RemindersFunction(APP.reminders(), APP.cards(), CLAIMS).prime());
        }
    }

    private final ReminderService reminders;
    private final CardService cards;
    private final Map<String, Route> routes = Map.of(
            "POST /v1/reminders", this::create,
            "GET /v1/reminders", this::list,
            "DELETE /v1/reminders/{id}", this::delete,
            "GET /v1/inbox", this::inbox,
            "GET /v1/cards/{id}", this::card);

    public RemindersFunction() {
        this(Default.APP.reminders(), Default.APP.cards(), Default.CLAIMS);
    }

    public RemindersFunction(ReminderService reminders, CardService cards, JwtClaims claims) {
        super(claims);
        this.reminders = reminders;
        this.cards = cards;
    }

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    /** The reads a page load makes, for nobody's account, then the HTTP layer around them. */
    void prime() {
        Caller nobody = new Caller(Priming.SUBJECT, Set.of());
        reminders.inbox(nobody, null, 20, null);
        cards.prime(nobody);
        primeHttp(
                "POST /v1/reminders",
                "{\"text\":\"吃药\",\"rrule\":\"FREQ=DAILY;BYHOUR=8;BYMINUTE=0\"}",
                reminders.list(nobody, null));
    }

    private APIGatewayV2HTTPResponse create(ApiRequest request) {
        JsonBody body = request.jsonBody(MAX_BODY_BYTES).onlyFields(FIELDS);
        return ApiResponses.json(
                201,
                reminders.create(
                        request.caller(),
                        new NewReminder(
                                body.optionalString("text"),
                                body.optionalString("at"),
                                body.optionalString("rrule"),
                                body.optionalString("timezone"),
                                body.optionalString("profileId"))));
    }

    private APIGatewayV2HTTPResponse list(ApiRequest request) {
        return ApiResponses.json(
                200,
                Map.of(
                        "reminders",
                        reminders.list(
                                request.caller(),
                                request.queryParameter("profileId").orElse(null))));
    }

    private APIGatewayV2HTTPResponse delete(ApiRequest request) {
        reminders.delete(
                request.caller(),
                request.queryParameter("profileId").orElse(null),
                request.pathParameter("id").orElse(""));
        return ApiResponses.json(200, Map.of("deleted", true));
    }

    private APIGatewayV2HTTPResponse inbox(ApiRequest request) {
        return ApiResponses.json(
                200,
                reminders.inbox(
                        request.caller(),
                        request.queryParameter("profileId").orElse(null),
                        limit(request),
                        request.queryParameter("cursor").orElse(null)));
    }

    private APIGatewayV2HTTPResponse card(ApiRequest request) {
        return ApiResponses.svg(
                cards.image(request.caller(), request.pathParameter("id").orElse("")));
    }

    private static Integer limit(ApiRequest request) {
        String value = request.queryParameter("limit").orElse(null);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("invalid-limit", "limit is a whole number.");
        }
    }
}
