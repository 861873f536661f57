package dev.rapport.functions.voice;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.config.Environment;
import dev.rapport.http.apigateway.ApiRequest;
import dev.rapport.http.apigateway.ApiResponses;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JsonBody;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.json.Json;
import dev.rapport.observability.Telemetry;
import dev.rapport.observability.TurnTelemetry;
import dev.rapport.snapstart.Priming;
import dev.rapport.voice.VoiceCommand;
import dev.rapport.voice.VoiceReply;
import dev.rapport.wiring.VoiceApplication;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/** {@code POST /v1/inquiries/voice}: a voice note, transcribed and answered as one chat turn. */
public final class VoiceInquiryFunction extends HttpApiFunction {

    /**
     * Lambda's 6 MB request limit: base64 leaves about 4.4 MB of audio, where a minute of Opus is about
     * 0.4 MB and of 16 kHz mono WAV 1.9 MB.
     */
    static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

    private static final Set<String> FIELDS = Set.of("audio", "sessionId", "profileId", "locale", "speak");

    private final VoiceApplication app;

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final Environment ENV = Environment.system();
        static final VoiceApplication APP = VoiceApplication.fromEnvironment(ENV);
        static final JwtClaims CLAIMS = new JwtClaims(ENV.get("GROUPS_CLAIM", "cognito:groups"));

        static {
            Priming.register("voice", () -> new VoiceInquiryFunction(APP, CLAIMS).prime());
        }
    }

    public VoiceInquiryFunction() {
        this(Default.APP, Default.CLAIMS);
    }

    public VoiceInquiryFunction(VoiceApplication app, JwtClaims claims) {
        super(claims);
        this.app = app;
    }

    private final Map<String, Route> routes = Map.of("POST /v1/inquiries/voice", this::inquire);

    @Override
    protected Map<String, Route> routes() {
        return routes;
    }

    private APIGatewayV2HTTPResponse inquire(ApiRequest request) {
        JsonBody body = request.jsonBody(MAX_BODY_BYTES).onlyFields(FIELDS);
        JsonBody audio = body.requiredObject("audio").onlyFields(Set.of("format", "data"));
        VoiceCommand command = new VoiceCommand(
                audio.optionalString("format"),
                audio.optionalString("data"),
                body.optionalString("sessionId"),
                body.optionalString("profileId"),
                body.optionalString("locale"),
                request.header("Idempotency-Key").orElse(null),
                Boolean.TRUE.equals(body.optionalBoolean("speak")));
        VoiceReply reply = app.voice().ask(request.caller(), command);
        Telemetry.count("VoiceInquiries");
        TurnTelemetry.answered("voice inquiry", reply.chat(), app.pricing());
        return ApiResponses.json(200, response(reply));
    }

    /**
     * A whole voice turn on a generated recording and a canned transcript, writing nothing and calling no
     * model, Transcribe or Polly, then the HTTP layer.
     */
    void prime() {
        VoiceReply reply = app.voice().prime();
        primeHttp(
                "POST /v1/inquiries/voice",
                "{\"audio\":{\"format\":\"wav\",\"data\":\"\"},\"locale\":\"zh-CN\",\"speak\":true}",
                response(reply));
    }

    /** The chat response's fields, then what was heard and, when read aloud, the audio. */
    static ObjectNode response(VoiceReply reply) {
        ObjectNode body = Json.MAPPER.valueToTree(reply.chat());
        body.putPOJO("transcript", reply.transcript());
        reply.speech()
                .ifPresent(spoken -> body.putObject("speech")
                        .put("mediaType", spoken.mediaType())
                        .put("data", Base64.getEncoder().encodeToString(spoken.audio()))
                        .put("voice", spoken.voice()));
        return body;
    }
}
