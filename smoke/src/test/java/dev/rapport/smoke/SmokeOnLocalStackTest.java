package dev.rapport.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The smoke checks against the real local stack (the template's routes, real handlers, the embedded
 * DynamoDB engine, the curator fed by the conversations stream), with a token from
 * {@code POST /local/token} as {@code scripts/smoke.sh --local} gets it.
 */
class SmokeOnLocalStackTest {

    private static LocalRapport stack;

    @BeforeAll
    static void start() {
        stack = LocalRapport.start(LocalRapportOptions.ephemeral());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void everyCheckPassesAgainstTheLocalStack() throws Exception {
        String api = stack.baseUri().toString();

        SmokeRun run = SmokeRun.of(
                List.of("--api", api, "--memory-deadline", "30"),
                Map.of(SmokeOptions.TOKEN_VARIABLE, token("smoke-" + UUID.randomUUID())));
        System.out.print(run.out()); // the table, in this test's report output

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.row("chat turn")).contains(" PASS ");
        assertThat(run.row("photo question")).contains(" PASS ");
        assertThat(run.row("memory round trip")).contains(" PASS ").contains("\"is vegetarian\" remembered");
        assertThat(run.row("erasure")).contains(" PASS ").contains("new writes refused (409 account-erased)");
        assertThat(run.out()).endsWith("PASS: all 4 checks passed\n").doesNotContain("FAIL");
    }

    @Test
    void aTokenFromAnotherIssuerFailsEveryCheck() {
        SmokeRun run = SmokeRun.of(List.of("--api", stack.baseUri().toString(), "--token", "not.a.jwt"), Map.of());

        assertThat(run.exit()).isEqualTo(Smoke.SOME_FAILED);
        assertThat(run.row("chat turn"))
                .contains("FAIL")
                .endsWith("POST /v1/chat answered 401 (the token was refused), expected 200");
        assertThat(run.out()).endsWith("FAIL: 4 of 4 checks failed\n");
    }

    private static String token(String subject) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(stack.baseUri().resolve("/local/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"" + subject + "\"}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = ApiClient.JSON.readTree(response.body());
        return body.path("token").asText();
    }
}
