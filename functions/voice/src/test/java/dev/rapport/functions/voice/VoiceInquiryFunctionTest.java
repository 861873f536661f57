package dev.rapport.functions.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.actions.ActionDesk;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.functions.chat.ChatFunction;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.json.Json;
import dev.rapport.memory.Candidate;
import dev.rapport.memory.Consent;
import dev.rapport.memory.Extraction;
import dev.rapport.memory.MemoryBook;
import dev.rapport.memory.MemoryCategory;
import dev.rapport.memory.MemoryStore;
import dev.rapport.memory.Provenance;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.orders.OrderStatus;
import dev.rapport.speech.transcribe.TranscribeStreamingTranscriber;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbFeedbackStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.RecordingModel;
import dev.rapport.testing.TestAudio;
import dev.rapport.testing.TestContext;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TranscribeStreamingStub;
import dev.rapport.testing.TranscribeStreamingStub.Heard;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import dev.rapport.voice.NoTranscriber;
import dev.rapport.voice.audio.Recordings;
import dev.rapport.voice.SpeechSynthesizer;
import dev.rapport.voice.SpokenReply;
import dev.rapport.wiring.ChatApplication;
import dev.rapport.wiring.VoiceApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.transcribestreaming.TranscribeStreamingAsyncClient;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/**
 * The voice inquiry function driven by API Gateway v2 events, against the embedded DynamoDB, the offline
 * engine and the Transcribe streaming wire stub: the done-when cases end to end.
 */
class VoiceInquiryFunctionTest {

    static {
        // In Lambda the metrics library detects its environment; in tests it prints to the console.
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
    }

    private static final String EVENT = "../../events/inquiry-voice.json";
    private static final TranscribeStreamingStub STUB = new TranscribeStreamingStub();
    private static final ChatSettings SETTINGS =
            new ChatSettings(new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, "");
    private static final TranscribeStreamingAsyncClient CLIENT = STUB.client();

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final String subject = "voice-" + UUID.randomUUID();
    private final Caller caller = new Caller(subject, java.util.Set.of());
    private TestDynamoDb.ConversationTables tables;
    private String memoryTable;
    private DemoShop shop;
    private VoiceApplication.Builder parts;
    private VoiceInquiryFunction function;
    private ChatFunction chat;

    @AfterAll
    static void stop() {
        CLIENT.close();
        STUB.close();
    }

    @BeforeEach
    void setUp() {
        tables = dynamo.createConversationTables();
        memoryTable = dynamo.createMemoryTable();
        shop = DemoShop.create(dynamo);
        var store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), memoryTable);
        ToolRunner tools = new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders()));
        parts = VoiceApplication.builder()
                .chat(ChatService.builder()
                        .store(store)
                        .model(new OfflineEngine())
                        .settings(SETTINGS)
                        .tools(tools)
                        .build())
                .transcriber(new TranscribeStreamingTranscriber(CLIENT, Duration.ofSeconds(20)));
        function = new VoiceInquiryFunction(parts.build(), new JwtClaims("cognito:groups"));
        chat = new ChatFunction(
                ChatApplication.builder()
                        .store(store)
                        .handoffQueue(new DynamoDbHandoffQueue(dynamo.enhanced(), tables.conversations()))
                        .feedback(new DynamoDbFeedbackStore(dynamo.enhanced(), tables.conversations(), null))
                        .model(new OfflineEngine())
                        .settings(SETTINGS)
                        .tools(tools)
                        .build(),
                new JwtClaims("cognito:groups"));
        shop.placeOrder(caller, "1042", OrderStatus.PROCESSING);
    }

    private APIGatewayV2HTTPEvent as(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims =
                new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", subject);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        event.setHeaders(new HashMap<>(event.getHeaders()));
        event.getHeaders().remove("idempotency-key");
        return event;
    }

    private APIGatewayV2HTTPEvent voice(byte[] audio, String format, String sessionId, String locale) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        if (locale != null) {
            body.put("locale", locale);
        }
        body.putObject("audio").put("format", format).put("data", TestAudio.base64(audio));
        APIGatewayV2HTTPEvent event = as(EventLoader.loadApiGatewayHttpEvent(EVENT));
        event.setBody(body.toString());
        return event;
    }

    private APIGatewayV2HTTPEvent typed(String message, String sessionId, String locale) {
        APIGatewayV2HTTPEvent event = as(EventLoader.loadApiGatewayHttpEvent("../../events/chat.json"));
        ObjectNode body = Json.MAPPER.createObjectNode().put("message", message).put("locale", locale);
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        event.setBody(body.toString());
        return event;
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }

    private void remember(Candidate fact) {
        MemoryBook book = MemoryBook.empty()
                .apply(
                        new Extraction(List.of(fact), List.of(), List.of()),
                        new Provenance("turn-1", "session-1", Instant.parse("2026-03-01T10:00:00Z"), fact.quote()),
                        Consent.everything())
                .book();
        new DynamoDbMemoryStore(dynamo.client(), memoryTable, Clock.systemUTC())
                .save(Owner.of(caller, null), new MemoryStore.Versioned(MemoryBook.empty(), 0), book);
    }

    @Test
    void theSampleEventIsAnsweredWithTheChatFieldsAndTheTranscript() throws Exception {
        STUB.hears(new Heard("你们几点关门", 0.9, "zh-CN"));

        APIGatewayV2HTTPResponse response =
                function.handleRequest(as(EventLoader.loadApiGatewayHttpEvent(EVENT)), new TestContext());

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode body = json(response);
        for (String field : List.of("sessionId", "turnId", "reply", "citations", "memoriesUsed", "actions", "usage")) {
            assertThat(body.has(field)).as(field).isTrue();
        }
        assertThat(body.at("/transcript/text").asText()).isEqualTo("你们几点关门");
        assertThat(body.at("/transcript/confidence").asDouble()).isEqualTo(0.9);
        assertThat(body.at("/transcript/language").asText()).isEqualTo("zh-CN");
        assertThat(body.has("speech")).isFalse();
    }

    @Test
    void aChineseVoiceNoteIsAnsweredInChineseWithTheTypedQuestionsMemories() throws Exception {
        remember(new Candidate(MemoryCategory.SIZE, "size:top", "L", "穿L码", 0.9, "我平时穿L码"));
        JsonNode typed = json(chat.handleRequest(typed("给我推荐一件外套吧", null, "zh-CN"), null));
        STUB.hears(new Heard("给我推荐一件外套吧", 0.94, "zh-CN"));

        JsonNode spoken = json(function.handleRequest(voice(TestAudio.wav(900, 1), "wav", null, null), null));

        assertThat(typed.get("memoriesUsed")).isNotEmpty();
        assertThat(spoken.get("memoriesUsed")).isEqualTo(typed.get("memoriesUsed"));
        assertThat(spoken.get("reply").asText()).contains("穿L码");
        assertThat(STUB.calls().get(STUB.calls().size() - 1).headers())
                .containsEntry("x-amzn-transcribe-language-options", "zh-CN,en-US");
    }

    @Test
    void anEnglishVoiceNoteLikewise() throws Exception {
        remember(new Candidate(MemoryCategory.SIZE, "size:top", "M", "wears size M", 0.9, "I wear size M"));
        JsonNode typed = json(chat.handleRequest(typed("Can you recommend a jacket?", null, "en"), null));
        STUB.hears(new Heard("Can you recommend a jacket?", 0.9, "en-US"));

        JsonNode spoken = json(function.handleRequest(voice(TestAudio.wav(900, 2), "wav", null, "en"), null));

        assertThat(typed.get("memoriesUsed")).isNotEmpty();
        assertThat(spoken.get("memoriesUsed")).isEqualTo(typed.get("memoriesUsed"));
        assertThat(spoken.get("reply").asText()).contains("wears size M");
        assertThat(spoken.at("/transcript/language").asText()).isEqualTo("en-US");
    }

    @Test
    void aConfirmationFromAnUnsureTranscriptIsAskedBackAndChangesNoOrder() throws Exception {
        JsonNode proposal = json(chat.handleRequest(typed("cancel order 1042", null, "en"), null));
        String session = proposal.get("sessionId").asText();
        assertThat(proposal.at("/actions/0/status").asText()).isEqualTo("pending_confirmation");
        STUB.hears(new Heard("yes", 0.42, "en-US"));

        JsonNode unsure = json(function.handleRequest(voice(TestAudio.wav(400, 3), "wav", session, "en"), null));

        assertThat(unsure.get("reply").asText()).isEqualTo("I heard: \"yes\", is that right?");
        assertThat(unsure.at("/actions/0/status").asText()).isEqualTo("pending_confirmation");
        assertThat(unsure.at("/transcript/confidence").asDouble()).isEqualTo(0.42);
        assertThat(status()).isEqualTo(OrderStatus.PROCESSING);
        JsonNode sure = json(chat.handleRequest(typed("yes", session, "en"), null));
        assertThat(sure.at("/actions/0/status").asText()).isEqualTo("done");
        assertThat(status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void badAudioInputsAre4xxProblemsThatStoreNothing() throws Exception {
        int calls = STUB.calls().size();
        List<APIGatewayV2HTTPEvent> bad = new ArrayList<>(List.of(
                voice(TestAudio.wav(300, 4), "flac", null, "en"),
                voice(new byte[] {(byte) 0xFF, (byte) 0xFB, 0x10, 0x00}, "mp3", null, "en"),
                voice(TestAudio.wav(300, 4), "wav", "not a session!", "en"),
                voice(TestAudio.wav(300, 4), "wav", "no-such-session", "en")));
        APIGatewayV2HTTPEvent notBase64 = voice(TestAudio.wav(300, 4), "wav", null, "en");
        notBase64.setBody("{\"audio\":{\"format\":\"wav\",\"data\":\"%%%\"}}");
        APIGatewayV2HTTPEvent noAudio = voice(TestAudio.wav(300, 4), "wav", null, "en");
        noAudio.setBody("{\"message\":\"hello\"}");
        bad.add(notBase64);
        bad.add(noAudio);

        for (APIGatewayV2HTTPEvent event : bad) {
            APIGatewayV2HTTPResponse response = function.handleRequest(event, null);
            assertThat(response.getStatusCode()).as(event.getBody()).isBetween(400, 499);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
            assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at dev.");
        }
        assertThat(dynamo.client()
                        .scan(b -> b.tableName(tables.conversations()))
                        .count())
                .isZero();
        // The session that does not exist is refused by the turn's read, before Transcribe is paid.
        assertThat(STUB.calls().size() - calls).isZero();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredWithoutTranscribingAgain() throws Exception {
        byte[] audio = TestAudio.wav(700, 7);
        STUB.hears(new Heard("where is my order 1042", 0.93, "en-US"));
        int calls = STUB.calls().size();

        APIGatewayV2HTTPResponse first = function.handleRequest(keyed(voice(audio, "wav", null, "en"), "k-7"), null);
        APIGatewayV2HTTPResponse retry = function.handleRequest(keyed(voice(audio, "wav", null, "en"), "k-7"), null);
        APIGatewayV2HTTPResponse reused =
                function.handleRequest(keyed(voice(TestAudio.wav(700, 8), "wav", null, "en"), "k-7"), null);

        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(json(first).at("/transcript/text").asText()).isEqualTo("where is my order 1042");
        assertThat(retry.getStatusCode()).isEqualTo(200);
        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(STUB.calls().size() - calls).isEqualTo(1);
        assertThat(reused.getStatusCode()).isEqualTo(422);
        assertThat(reused.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(json(reused).get("type").asText()).endsWith("/idempotency-key-reused");
    }

    private static APIGatewayV2HTTPEvent keyed(APIGatewayV2HTTPEvent event, String key) {
        event.getHeaders().put("idempotency-key", key);
        return event;
    }

    @Test
    void anM4aNoteFromSafariAndAnMp3NoteBecomeTurnsKeepingTheirReferenceAndNoAudio() throws Exception {
        for (String file : List.of("tone-1k-mono-48k-fragmented.m4a", "tone-1k-stereo-48k.mp3")) {
            byte[] audio = Recordings.bytes(file);
            String format = Recordings.declaredFormat(file);
            STUB.hears(new Heard("where is my order 1042", 0.95, "en-US"));

            JsonNode answer = json(function.handleRequest(voice(audio, format, null, "en"), null));
            JsonNode turns = json(
                    chat.handleRequest(as(turnsEvent(answer.get("sessionId").asText())), null));

            assertThat(answer.get("reply").asText()).as(file).contains("Order 1042 is processing");
            assertThat(STUB.calls().get(STUB.calls().size() - 1).headers())
                    .containsEntry("x-amzn-transcribe-media-encoding", "pcm")
                    .containsEntry("x-amzn-transcribe-sample-rate", "16000");
            assertThat(turns.at("/turns/0/audio/format").asText()).isEqualTo(format);
            assertThat(turns.at("/turns/0/audio/durationMillis").asLong()).isBetween(1_900L, 2_100L);
            assertThat(scannedTables(audio))
                    .contains("\"format\":\"" + format + "\"")
                    .doesNotContain(TestAudio.base64(audio).substring(4000, 4064))
                    .doesNotContain(HexFormat.of().formatHex(Arrays.copyOfRange(audio, 2000, 2048)));
        }
    }

    @Test
    void cutMp3AndM4aNotesAre4xxProblemsThatReachNoTranscriberAndStoreNothing() throws Exception {
        int calls = STUB.calls().size();
        int requests = 0;
        for (String file : List.of("tone-440-mono-44k.mp3", "tone-440-mono-44k.m4a")) {
            byte[] whole = Recordings.bytes(file);
            for (int cut = 1; cut < whole.length; cut += whole.length / 150) {
                byte[] audio = Arrays.copyOf(whole, cut);
                APIGatewayV2HTTPResponse response =
                        function.handleRequest(voice(audio, Recordings.declaredFormat(file), null, "en"), null);
                assertThat(response.getStatusCode())
                        .as("%s cut at %d", file, cut)
                        .isBetween(400, 499);
                assertThat(response.getBody()).doesNotContain("Exception");
                requests++;
            }
        }
        assertThat(requests).isGreaterThan(290);
        assertThat(STUB.calls()).hasSize(calls);
        assertThat(dynamo.client()
                        .scan(b -> b.tableName(tables.conversations()))
                        .count())
                .isZero();
    }

    @Test
    void aTranscribeFailureIs503AndWithoutATranscriberTheOfflineStackSaysSo() throws Exception {
        STUB.failsWith("InternalFailureException");
        APIGatewayV2HTTPResponse failing;
        try {
            failing = function.handleRequest(voice(TestAudio.wav(300, 5), "wav", null, "en"), null);
        } finally {
            STUB.failsWith(null);
        }
        VoiceInquiryFunction offline = new VoiceInquiryFunction(
                parts.transcriber(new NoTranscriber()).build(), new JwtClaims("cognito:groups"));
        APIGatewayV2HTTPResponse local =
                offline.handleRequest(voice(TestAudio.wav(300, 5), "wav", null, "zh-CN"), null);

        assertThat(failing.getStatusCode()).isEqualTo(503);
        assertThat(json(failing).get("type").asText()).endsWith("/transcription-unavailable");
        assertThat(local.getStatusCode()).isEqualTo(503);
        assertThat(json(local).get("detail").asText()).contains("离线").contains("TRANSCRIBE_ENDPOINT");
        assertThat(dynamo.client()
                        .scan(b -> b.tableName(tables.conversations()))
                        .count())
                .isZero();
    }

    @Test
    void noTableHoldsTheAudioOnlyItsReference() throws Exception {
        byte[] audio = TestAudio.wav(1000, 6);
        STUB.hears(new Heard("where is my order 1042", 0.95, "en-US"));

        JsonNode answer = json(function.handleRequest(voice(audio, "wav", null, "en"), null));
        JsonNode turns =
                json(chat.handleRequest(as(turnsEvent(answer.get("sessionId").asText())), null));

        assertThat(answer.get("reply").asText()).contains("Order 1042 is processing");
        assertThat(turns.toString()).contains("where is my order 1042");
        assertThat(turns.at("/turns/0/audio/format").asText()).isEqualTo("wav");
        assertThat(turns.at("/turns/0/audio/sha256").asText()).matches("[0-9a-f]{64}");
        byte[] sample = Arrays.copyOfRange(audio, 2000, 2048);
        String base64 = TestAudio.base64(audio).substring(4000, 4064);
        String hex = HexFormat.of().formatHex(sample);
        assertThat(scannedTables(sample))
                .contains("\"format\":\"wav\"")
                .doesNotContain(base64)
                .doesNotContain(hex);
    }

    /** Every string in every table, failing on a binary value that holds {@code audio}. */
    private String scannedTables(byte[] audio) {
        List<String> scanned = new ArrayList<>();
        for (String table : dynamo.client().listTables().tableNames()) {
            for (Map<String, AttributeValue> item :
                    dynamo.client().scan(b -> b.tableName(table)).items()) {
                item.values().forEach(v -> values(v, scanned, audio));
            }
        }
        return String.join("\n", scanned);
    }

    @Test
    void snapStartPrimingRunsAVoiceTurnButWritesNothingAndCallsNoModelTranscribeOrPolly() throws Exception {
        TestDynamoDb.RequestCounter requests = new TestDynamoDb.RequestCounter();
        RecordingModel model = new RecordingModel();
        List<String> spoken = new ArrayList<>();
        List<String> prepared = new ArrayList<>();
        SpeechSynthesizer speech = new SpeechSynthesizer() {
            @Override
            public Optional<SpokenReply> speak(String text, String languageTag) {
                spoken.add(text);
                return Optional.of(new SpokenReply("audio/mpeg", new byte[] {1}, "Zhiyu"));
            }

            @Override
            public void prime(String text, String languageTag) {
                prepared.add(languageTag + ":" + text);
            }
        };
        int calls = STUB.calls().size();
        VoiceInquiryFunction primed = new VoiceInquiryFunction(
                parts.chat(ChatService.builder()
                                .store(new DynamoDbConversationStore(
                                        dynamo.enhanced(requests),
                                        tables.conversations(),
                                        tables.idempotency(),
                                        memoryTable))
                                .model(model)
                                .settings(SETTINGS)
                                .build())
                        .speech(speech)
                        .build(),
                new JwtClaims("cognito:groups"));

        primed.prime();

        assertThat(requests.count())
                .as("the turn's read and its (refused) transaction")
                .isEqualTo(2);
        assertThat(dynamo.client()
                        .scan(b -> b.tableName(tables.conversations()))
                        .count())
                .isZero();
        assertThat(model.requests()).isEmpty();
        assertThat(model.primed()).isEqualTo(1);
        assertThat(STUB.calls()).hasSize(calls);
        assertThat(spoken).isEmpty();
        assertThat(prepared).singleElement().asString().startsWith("zh-CN:");
        STUB.hears(new Heard("where is my order 1042", 0.95, "en-US"));
        APIGatewayV2HTTPResponse after = primed.handleRequest(voice(TestAudio.wav(400, 9), "wav", null, "en"), null);
        assertThat(after.getStatusCode()).isEqualTo(200);
    }

    private static APIGatewayV2HTTPEvent turnsEvent(String sessionId) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("../../events/session-turns.json");
        event.setPathParameters(Map.of("id", sessionId));
        event.setRawPath("/v1/sessions/" + sessionId + "/turns");
        return event;
    }

    /** Every string of an attribute value, failing on a binary value that holds the audio. */
    private static void values(AttributeValue value, List<String> into, byte[] audio) {
        if (value.s() != null) {
            into.add(value.s());
        }
        if (value.b() != null) {
            assertThat(Arrays.equals(value.b().asByteArray(), audio)).isFalse();
            into.add(HexFormat.of().formatHex(value.b().asByteArray()));
        }
        if (value.hasM()) {
            value.m().values().forEach(v -> values(v, into, audio));
        }
        if (value.hasL()) {
            value.l().forEach(v -> values(v, into, audio));
        }
        if (value.hasSs()) {
            into.addAll(value.ss());
        }
    }

    private OrderStatus status() {
        return shop.orders()
                .order(Owner.of(caller, null).customerHash(), "1042")
                .orElseThrow()
                .status();
    }
}
