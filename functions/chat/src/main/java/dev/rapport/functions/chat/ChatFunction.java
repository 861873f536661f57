package dev.rapport.functions.chat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.SessionHistory;
import dev.rapport.config.Environment;
import dev.rapport.feedback.Feedback;
import dev.rapport.handoff.Handoff;
import dev.rapport.handoff.HandoffStatus;
import dev.rapport.handoff.PersonMessage;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.ChatCommands;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JsonBody;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.observability.Telemetry;
import dev.rapport.observability.TurnTelemetry;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.ChatApplication;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/chat}, {@code GET /v1/sessions/{id}/turns}, turn feedback and the support admins'
 * {@code GET /v1/handoffs}, {@code POST /v1/handoffs/{id}/close} and {@code POST /v1/handoffs/{id}/messages}:
 * event in, use case, response out.
 */
public final class ChatFunction extends HttpApiFunction {

    /** A chat body is a message plus a few ids; anything far larger is refused before parsing. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** A rating and a comment of at most a thousand characters, with room for JSON escapes. */
    static final int FEEDBACK_BODY_BYTES = 8 * 1024;

    private static final Set<String> FEEDBACK_FIELDS = Set.of("rating", "thumbs", "comment");
    /** A short resolution note, with room for JSON escapes. */
    static final int CLOSE_BODY_BYTES = 8 * 1024;

    private static final Set<String> CLOSE_FIELDS = Set.of("resolution");
    /** A person's message is as long as a customer's may be, with room for JSON escapes. */
    static final int MESSAGE_BODY_BYTES = MAX_BODY_BYTES;

    private static final Set<String> MESSAGE_FIELDS = Set.of("message");

    private final ChatApplication app;

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final ChatApplication APP = ChatApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));

        static {
            Priming.register("chat", () -> new ChatFunction(APP, CLAIMS).prime());
        }
    }

    public ChatFunction() {
        this(Default.APP, Default.CLAIMS);
    }

    public ChatFunction(ChatApplication app, JwtClaims claims) {
        super(claims);
        this.app = app;
    }

    private static final Set<String> CHAT_FIELDS = Set.of("message", "sessionId", "profileId", "locale");

    private final Map<String, Route> routes = Map.of(
            "POST /v1/chat", this::chat,
            "GET /v1/sessions/{id}/turns", this::turns,
            "POST /v1/turns/{turnId}/feedback", this::feedback,
            "GET /v1/handoffs", this::handoffs,
            "POST /v1/handoffs/{id}/close", this::closeHandoff,
            "POST /v1/handoffs/{id}/messages", this::postToHandoff,
            "GET /v1/handoffs/{id}/messages", this::handoffConversation);

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    private APIGatewayV2HTTPResponse chat(ApiRequest request) {
        JsonBody body = request.jsonBody(MAX_BODY_BYTES).onlyFields(CHAT_FIELDS);
        ChatCommand command = ChatCommands.read(request, body);
        ChatReply reply = app.chat().chat(request.caller(), command);
        TurnTelemetry.answered("turn", reply, app.pricing());
        return ApiResponses.json(200, reply);
    }

    /** One whole turn without writing or calling the model, then the HTTP layer around it. */
    void prime() {
        ChatReply reply = app.chat().prime();
        primeHttp("POST /v1/chat", "{\"message\":\"Where is my parcel?\",\"locale\":\"en\"}", reply);
    }

    private APIGatewayV2HTTPResponse feedback(ApiRequest request) {
        JsonBody body = request.jsonBody(FEEDBACK_BODY_BYTES).onlyFields(FEEDBACK_FIELDS);
        Feedback given = app.feedback()
                .give(
                        request.caller(),
                        request.pathParameter("turnId").orElse(""),
                        body.optionalInteger("rating"),
                        body.optionalString("thumbs"),
                        body.optionalString("comment"));
        Telemetry.count("Feedback");
        return ApiResponses.json(200, given);
    }

    /** The handoff queue, open ones unless asked otherwise; support admins only, by the verified token's groups. */
    private APIGatewayV2HTTPResponse handoffs(ApiRequest request) {
        HandoffStatus status =
                HandoffStatus.parse(request.queryParameter("status").orElse(null));
        return ApiResponses.json(200, Map.of("handoffs", app.handoffs().list(request.caller(), status)));
    }

    private APIGatewayV2HTTPResponse closeHandoff(ApiRequest request) {
        String resolution = request.hasBody()
                ? request.jsonBody(CLOSE_BODY_BYTES).onlyFields(CLOSE_FIELDS).optionalString("resolution")
                : null;
        Handoff closed = app.handoffs()
                .close(request.caller(), request.pathParameter("id").orElse(""), resolution);
        return ApiResponses.json(200, closed);
    }

    private APIGatewayV2HTTPResponse turns(ApiRequest request) {
        String sessionId = request.pathParameter("id").orElse("");
        SessionHistory.Conversation conversation = app.history()
                .conversation(
                        request.caller(),
                        sessionId,
                        request.queryParameter("profileId").orElse(null));
        return ApiResponses.json(200, TurnsView.of(sessionId, conversation));
    }

    /** What the customer and the people said since the handoff; support admins only. */
    private APIGatewayV2HTTPResponse handoffConversation(ApiRequest request) {
        String id = request.pathParameter("id").orElse("");
        return ApiResponses.json(
                200, Map.of("handoffId", id, "messages", app.handoffs().conversation(request.caller(), id)));
    }

    /** A support admin's message to the customer of an open handoff; identity from the verified token only. */
    private APIGatewayV2HTTPResponse postToHandoff(ApiRequest request) {
        String message =
                request.jsonBody(MESSAGE_BODY_BYTES).onlyFields(MESSAGE_FIELDS).requiredString("message");
        PersonMessage posted = app.handoffs()
                .reply(
                        request.caller(),
                        request.pathParameter("id").orElse(""),
                        message,
                        request.header("Idempotency-Key").orElse(null));
        return ApiResponses.json(201, PersonMessageView.of(posted));
    }
}
