package dev.rapport.model.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.json.Json;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.ModelUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A model behind an OpenAI-compatible Chat Completions endpoint (Ollama, vLLM, llama.cpp server),
 * through the JDK's HTTP client. A throttled (429), overloaded (5xx) or unreachable server is tried
 * again, honouring {@code Retry-After}, while the settings' budget lasts; what still fails becomes
 * {@link ModelUnavailableException} (the turn answers 503 and writes nothing). A request the server
 * refuses is a configuration fault, never retried, and its body is not passed on: it can quote the prompt.
 */
public final class OpenAiCompatibleModel implements ConversationModel {

    /** When the server names no time: long enough for a busy local server, short enough for a person. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** Waits longer than this are not spent inside a turn; the customer is told to come back instead. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    /** How the adapter waits between attempts; tests pass one that returns at once. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient http;
    private final OpenAiSettings settings;
    private final Supplier<String> nonces;
    private final Pause pause;
    private final Clock clock;

    OpenAiCompatibleModel(HttpClient http, OpenAiSettings settings, Supplier<String> nonces, Pause pause, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.nonces = nonces;
        this.pause = pause;
        this.clock = clock;
    }

    public static OpenAiCompatibleModel create(OpenAiSettings settings) {
        // A fresh tag per call for the mood judgment; it only needs to be unguessable by the customer.
        return new OpenAiCompatibleModel(
                client(settings),
                settings,
                () -> UUID.randomUUID().toString().substring(0, 8),
                d -> Thread.sleep(d),
                Clock.systemUTC());
    }

    static HttpClient client(OpenAiSettings settings) {
        return HttpClient.newBuilder()
                .connectTimeout(
                        settings.timeout().compareTo(Duration.ofSeconds(5)) < 0
                                ? settings.timeout()
                                : Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ModelReply converse(ModelRequest request) {
        String nonce = nonces.get();
        String body = Json.write(ChatCompletionRequests.of(request, settings, nonce));
        return ChatCompletionReplies.of(post(body), nonce);
    }

    private JsonNode post(String body) {
        Instant deadline = clock.instant().plus(settings.timeout());
        for (int attempt = 1; ; attempt++) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (!left.isPositive()) {
                throw new ModelUnavailableException(
                        "The model did not answer within " + settings.timeout(), RETRY_AFTER, null);
            }
            Duration retryAfter;
            Exception cause;
            try {
                HttpResponse<String> response = http.send(request(body, left), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return parse(response.body());
                }
                if (status != 429 && status < 500) {
                    throw new IllegalStateException("The OpenAI-compatible endpoint refused the request (" + status
                            + "): check OPENAI_BASE_URL, OPENAI_MODEL and OPENAI_API_KEY");
                }
                retryAfter = RetryAfter.of(
                                response.headers().firstValue("Retry-After").orElse(null), clock)
                        .orElse(null);
                cause = new IOException("HTTP " + status);
            } catch (HttpConnectTimeoutException e) {
                retryAfter = null;
                cause = e;
            } catch (HttpTimeoutException e) {
                throw new ModelUnavailableException(
                        "The model did not answer within " + settings.timeout(), RETRY_AFTER, e);
            } catch (IOException e) {
                retryAfter = null;
                cause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelUnavailableException("Interrupted while calling the model", RETRY_AFTER, e);
            }
            Duration wait =
                    retryAfter != null ? retryAfter : FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 4));
            if (attempt >= settings.maxAttempts()
                    || wait.compareTo(MAX_WAIT) > 0
                    || clock.instant().plus(wait).isAfter(deadline)) {
                throw new ModelUnavailableException(
                        "The model stayed unavailable after " + attempt + " attempt(s)",
                        retryAfter != null && retryAfter.compareTo(RETRY_AFTER) > 0 ? retryAfter : RETRY_AFTER,
                        cause);
            }
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelUnavailableException("Interrupted while waiting for the model", RETRY_AFTER, e);
            }
        }
    }

    private HttpRequest request(String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.chatCompletions())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        return request.build();
    }

    private static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenAI-compatible endpoint answered with something that is not JSON");
        }
    }

    /** Builds a real request body and parses a canned answer; nothing is sent. */
    @Override
    public void prime() {
        ChatCompletionRequests.of(
                new ModelRequest(
                        "You are Rapport's assistant.",
                        List.of(new Grounding(Grounding.SUMMARY, "summary", "The customer asked about a parcel.")),
                        List.of(Message.user("Where is my parcel?")),
                        List.of(),
                        "en"),
                settings,
                "priming");
        ChatCompletionReplies.of(
                parse("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"It is on its"
                        + " way.\\n"
                        + "[[mood:priming]] {\\\"sentiment\\\":\\\"neutral\\\",\\\"emotion\\\":\\\"none\\\"}\"},"
                        + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}"),
                "priming");
    }

    @Override
    public String name() {
        return "openai-compatible";
    }
}
