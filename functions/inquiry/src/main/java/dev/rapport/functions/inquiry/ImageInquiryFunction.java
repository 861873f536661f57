package dev.rapport.functions.inquiry;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.ChatCommands;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JsonBody;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.observability.Telemetry;
import dev.rapport.observability.TurnTelemetry;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.InquiryApplication;
import java.util.Map;
import java.util.Set;

/** {@code POST /v1/inquiries/image}: a question about a photo, answered as one chat turn. */
public final class ImageInquiryFunction extends HttpApiFunction {

    /**
     * The base64 of the largest image accepted (3.75 MB, Bedrock's per-image limit) plus room for the
     * question and ids: anything larger could never pass, so it is refused before parsing.
     */
    static final int MAX_BODY_BYTES = 4 * ((3_932_160 + 2) / 3) + 64 * 1024;

    private static final Set<String> FIELDS = Set.of("message", "image", "sessionId", "profileId", "locale");

    private final InquiryApplication app;

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final InquiryApplication APP = InquiryApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));

        static {
            Priming.register("inquiry", () -> new ImageInquiryFunction(APP, CLAIMS).prime());
        }
    }

    public ImageInquiryFunction() {
        this(Default.APP, Default.CLAIMS);
    }

    public ImageInquiryFunction(InquiryApplication app, JwtClaims claims) {
        super(claims);
        this.app = app;
    }

    private final Map<String, Route> routes = Map.of("POST /v1/inquiries/image", this::inquire);

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    private APIGatewayV2HTTPResponse inquire(ApiRequest request) {
        JsonBody body = request.jsonBody(MAX_BODY_BYTES).onlyFields(FIELDS);
        ChatCommand command = ChatCommands.read(request, body);
        JsonBody image = body.requiredObject("image").onlyFields(Set.of("format", "data"));
        ChatReply reply = app.inquiries()
                .ask(request.caller(), command, image.optionalString("format"), image.optionalString("data"));
        Telemetry.count("PhotoInquiries");
        TurnTelemetry.answered("photo inquiry", reply, app.pricing());
        return ApiResponses.json(200, reply);
    }

    /** A whole photo turn on a tiny generated image, writing nothing and asking no model, then the HTTP layer. */
    void prime() {
        ChatReply reply = app.inquiries().prime();
        primeHttp(
                "POST /v1/inquiries/image",
                "{\"message\":\"What colour is this?\",\"image\":{\"format\":\"png\",\"data\":\"\"}}",
                reply);
    }
}
