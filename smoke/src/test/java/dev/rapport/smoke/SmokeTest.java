package dev.rapport.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The smoke checks against a stand-in API: every check passes on a healthy one and fails honestly when one feature is
 * broken.
 */
class SmokeTest {

    private static final String STACK_TRACE =
            "java.lang.NullPointerException: boom\n\tat dev.rapport.chat.ChatService.chat(ChatService.java:42)\n"
                    + "\tat dev.rapport.functions.chat.ChatFunction.handle(ChatFunction.java:7)";

    private final FakeApi api = new FakeApi();

    @AfterEach
    void stop() {
        api.close();
    }

    private SmokeRun smoke() {
        return SmokeRun.of(new SmokeOptions(
                api.base(), "a-token", Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofSeconds(5)));
    }

    @Test
    void aHealthyApiPassesEveryCheckAndExitsZero() {
        SmokeRun run = smoke();

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(7);
        assertThat(run.row("chat turn")).contains("PASS").contains("turn turn-1 is in the session's history");
        assertThat(run.row("photo question")).contains("PASS").contains("64x48 PNG answered");
        assertThat(run.row("memory round trip")).contains("PASS").contains("\"is vegetarian\" remembered");
        assertThat(run.row("erasure")).contains("PASS").contains("5 items deleted");
        assertThat(run.out()).endsWith("PASS: all 4 checks passed\n");
    }

    @Test
    void aServerErrorFailsTheCheckAndNoStackTraceIsPrinted() {
        api.override("POST /v1/chat", (call, body) -> new FakeApi.Answer(500, STACK_TRACE));
        api.override(
                "POST /v1/inquiries/image",
                (call, body) -> FakeApi.json(
                        500,
                        "{\"type\":\"https://rapport.dev/problems/internal\",\"detail\":\""
                                + STACK_TRACE.replace("\n", "\\n").replace("\t", "\\t") + "\"}"));

        SmokeRun run = smoke();

        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
        assertThat(run.row("chat turn")).contains("FAIL").endsWith("POST /v1/chat answered 500, expected 200");
        assertThat(run.row("photo question"))
                .contains("FAIL")
                .endsWith("POST /v1/inquiries/image answered 500 (internal), expected 200");
        assertThat(run.out())
                .doesNotContain("\tat ", "Exception", "ChatService")
                .endsWith("FAIL: 4 of 4 checks failed\n");
        assertThat(run.out().lines()).hasSize(7);
    }

    @Test
    void aChatAnswerWithoutAReplyFails() {
        api.override(
                "POST /v1/chat",
                (call, body) -> FakeApi.json(200, "{\"sessionId\":\"session-1\",\"turnId\":\"turn-1\"}"));

        SmokeRun run = smoke();

        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
        assertThat(run.row("chat turn"))
                .contains("FAIL")
                .endsWith("POST /v1/chat answered without a non-empty 'reply'");
        assertThat(run.row("photo question")).contains("PASS");
    }

    @Test
    void aTurnMissingFromItsSessionsHistoryFails() {
        api.override("GET /v1/sessions/session-1/turns", (call, body) -> FakeApi.json(200, "{\"turns\":[]}"));

        SmokeRun run = smoke();

        assertThat(run.row("chat turn"))
                .contains("FAIL")
                .endsWith("GET /v1/sessions/session-1/turns does not show turn turn-1");
        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
    }

    @Test
    void aRefusedPhotoFails() {
        api.override("POST /v1/inquiries/image", (call, body) -> FakeApi.problem(422, "image-corrupt"));

        SmokeRun run = smoke();

        assertThat(run.row("photo question")).contains("FAIL").endsWith("answered 422 (image-corrupt), expected 200");
        assertThat(run.row("chat turn")).contains("PASS");
        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
    }

    @Test
    void thePhotoSentIsAValidPngOfTheStatedSize() throws IOException {
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(PhotoQuestionCheck.redPng()));

        assertThat(image.getWidth()).isEqualTo(PhotoQuestionCheck.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PhotoQuestionCheck.HEIGHT);
        assertThat(image.getRGB(3, 5) & 0xFFFFFF).isEqualTo(0xD02020);
    }

    @Test
    void pollingTheMemoriesStopsAsSoonAsTheMemoryShows() {
        api.memoryShowsFromRead(4);

        SmokeRun run = smoke();

        assertThat(run.row("memory round trip")).contains("PASS");
        // three reads without it, the fourth with it, one after the DELETE; then the erasure's
        assertThat(api.calls("GET /v1/memory")).isEqualTo(4 + 1 + 1);
        assertThat(run.exit()).isZero();
    }

    @Test
    void aMemoryThatNeverShowsFailsAtTheDeadline() {
        api.memoryShowsFromRead(Integer.MAX_VALUE);
        var check = new MemoryRoundTripCheck(Duration.ofMillis(300), Duration.ofMillis(50));

        SmokeResult result = SmokeResult.of(check, new ApiClient(api.base(), "a-token", Duration.ofSeconds(5)));

        assertThat(result.passed()).isFalse();
        assertThat(result.detail())
                .startsWith("no memory from turn turn-1 within 0.3 s (")
                .contains("reads of GET /v1/memory");
        assertThat(result.millis()).isGreaterThanOrEqualTo(300);
        assertThat(api.calls("GET /v1/memory")).isBetween(2, 8);
        assertThat(api.calls("DELETE /v1/memory/" + FakeApi.MEMORY)).isZero();
    }

    @Test
    void aMemoryStillListedAfterItsDeleteFails() {
        api.override("DELETE /v1/memory/" + FakeApi.MEMORY, (call, body) -> FakeApi.json(200, "{\"deleted\":true}"));

        SmokeRun run = smoke();

        assertThat(run.row("memory round trip"))
                .contains("FAIL")
                .endsWith("GET /v1/memory still lists memory memory-1 after its DELETE");
    }

    @Test
    void memoryThatCannotBeTurnedOnFails() {
        api.override("PUT /v1/settings", (call, body) -> FakeApi.json(200, "{\"memoryEnabled\":false}"));

        SmokeRun run = smoke();

        assertThat(run.row("memory round trip"))
                .contains("FAIL")
                .endsWith("PUT /v1/settings did not answer memoryEnabled: true");
        assertThat(api.calls("GET /v1/memory")).isOne(); // the erasure's only
    }

    @Test
    void anErasureThatLeavesDataInTheExportFails() {
        api.override(
                "GET /v1/me/export",
                (call, body) -> FakeApi.json(
                        200,
                        "{\"data\":{\"conversations\":[{\"pk\":\"S\"},{\"pk\":\"T\"}],\"memory\":[],\"reminders\":[]}}"));

        SmokeRun run = smoke();

        assertThat(run.row("erasure"))
                .contains("FAIL")
                .endsWith("GET /v1/me/export still holds conversations (2) after the erasure");
        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
    }

    @Test
    void anErasureThatKeepsTheHistoryFails() {
        api.override(
                "GET /v1/sessions/session-1/turns",
                (call, body) -> FakeApi.json(200, "{\"turns\":[{\"turnId\":\"turn-1\"}]}"));

        SmokeRun run = smoke();

        assertThat(run.row("erasure"))
                .contains("FAIL")
                .endsWith("GET /v1/sessions/session-1/turns answered 200 after the erasure, expected 404");
    }

    @Test
    void anErasureWithoutItsMarkerFails() {
        api.override("PUT /v1/settings", (call, body) -> FakeApi.json(200, "{\"memoryEnabled\":true}"));

        SmokeRun run = smoke();

        assertThat(run.row("memory round trip")).contains("PASS");
        assertThat(run.row("erasure"))
                .contains("FAIL")
                .endsWith("PUT /v1/settings right after the erasure answered 200, expected 409 account-erased");
    }

    @Test
    void anIncompleteErasureIsRepeatedUntilItFinishes() {
        api.override(
                "DELETE /v1/me",
                (call, body) -> call == 1
                        ? new FakeApi.Answer(
                                503,
                                "{\"type\":\"https://rapport.dev/problems/erasure-incomplete\"}",
                                Map.of("Retry-After", "0"))
                        : FakeApi.json(200, "{\"erased\":true,\"itemsDeleted\":2}"));
        api.override("GET /v1/me/export", (call, body) -> FakeApi.json(200, "{\"data\":{\"conversations\":[]}}"));
        api.override(
                "GET /v1/sessions/session-1/turns",
                (call, body) -> call == 1
                        ? FakeApi.json(200, "{\"turns\":[{\"turnId\":\"turn-1\"}]}")
                        : FakeApi.problem(404, "session-not-found"));
        api.override(
                "PUT /v1/settings",
                (call, body) -> call == 1
                        ? FakeApi.json(200, "{\"memoryEnabled\":true}")
                        : FakeApi.problem(409, "account-erased"));

        SmokeRun run = smoke();

        assertThat(run.row("erasure")).contains("PASS").contains("2 items deleted");
        assertThat(api.calls("DELETE /v1/me")).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsSaidSo() {
        api.override("POST /v1/chat", (call, body) -> FakeApi.json(401, "{\"message\":\"Unauthorized\"}"));

        SmokeRun run = smoke();

        assertThat(run.row("chat turn"))
                .contains("FAIL")
                .endsWith("POST /v1/chat answered 401 (the token was refused), expected 200");
    }

    @Test
    void noAnswerAtAllFailsEveryCheckInOneLineEach() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        SmokeRun run = SmokeRun.of(List.of("--api", "http://127.0.0.1:" + closedPort, "--token", "t"), Map.of());

        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
        assertThat(run.row("chat turn")).contains("FAIL").contains("POST /v1/chat: no answer (ConnectException");
        assertThat(run.out().lines()).hasSize(7);
        assertThat(run.out()).doesNotContain("\tat ").endsWith("FAIL: 4 of 4 checks failed\n");
    }

    @Test
    void anUnexpectedErrorInACheckIsOneLineToo() {
        SmokeCheck broken = new SmokeCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String run(ApiClient client) {
                throw new IllegalStateException("no\n\tat somewhere");
            }
        };

        SmokeResult result = SmokeResult.of(broken, new ApiClient(api.base(), "t", Duration.ofSeconds(1)));

        assertThat(result.passed()).isFalse();
        assertThat(SmokeReport.oneLine(result.detail())).isEqualTo("unexpected IllegalStateException: no at somewhere");
    }

    @Test
    void aLongDetailIsCutToOneBoundedLine() {
        String detail = "x".repeat(500) + "\nsecond line";

        assertThat(SmokeReport.oneLine(detail))
                .hasSize(SmokeReport.DETAIL_LIMIT)
                .endsWith("...")
                .doesNotContain("\n");
    }

    @Test
    void theTokenComesFromTheEnvironmentWhenNotGiven() {
        api.override("POST /v1/chat", (call, body) -> FakeApi.json(401, "{}"));

        SmokeRun run =
                SmokeRun.of(List.of("--api", api.base().toString()), Map.of(SmokeOptions.TOKEN_VARIABLE, "env-token"));

        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
        assertThat(run.err()).isEmpty();
        assertThat(api.authorization()).isEqualTo("Bearer env-token");
    }

    @Test
    void badOptionsExitTwoWithTheUsage() {
        SmokeRun noToken = SmokeRun.of(List.of("--api", "https://example.com"), Map.of());
        SmokeRun noApi = SmokeRun.of(List.of("--token", "t"), Map.of());
        SmokeRun badApi = SmokeRun.of(List.of("--api", "ftp://example.com", "--token", "t"), Map.of());
        SmokeRun badDeadline = SmokeRun.of(
                List.of("--api", "https://example.com", "--token", "t", "--memory-deadline", "soon"), Map.of());
        SmokeRun unknown =
                SmokeRun.of(List.of("--api", "https://example.com", "--token", "t", "--fast", "yes"), Map.of());

        assertThat(List.of(noToken, noApi, badApi, badDeadline, unknown)).allSatisfy(run -> {
            assertThat(run.exit()).isEqualTo(Smoke.BAD_OPTIONS);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("usage: java -jar rapport-smoke.jar");
        });
        assertThat(noToken.err()).startsWith("smoke: a token is needed: --token <jwt> or RAPPORT_SMOKE_TOKEN");
        assertThat(badDeadline.err()).startsWith("smoke: --memory-deadline takes a whole number of seconds");
        assertThat(unknown.err()).startsWith("smoke: unknown option --fast");
    }

    @Test
    void optionsTakeTheirDefaults() {
        SmokeOptions options =
                SmokeOptions.parse(List.of("--api", "https://example.com/prod/", "--token", "t"), Map.of());

        assertThat(options.api()).isEqualTo(URI.create("https://example.com/prod/"));
        assertThat(options.memoryDeadline()).isEqualTo(Duration.ofSeconds(60));
        assertThat(SmokeOptions.parse(
                                List.of("--api", "https://example.com", "--token", "t", "--memory-deadline", "90"),
                                Map.of())
                        .memoryDeadline())
                .isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        SmokeRun run = SmokeRun.of(List.of("--help"), Map.of());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--memory-deadline");
    }
}
