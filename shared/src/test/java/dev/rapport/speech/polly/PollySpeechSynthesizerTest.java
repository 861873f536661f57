package dev.rapport.speech.polly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.rapport.config.Environment;
import dev.rapport.voice.SpokenReply;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.polly.PollyClient;

/**
 * The Polly adapter through the real SDK against a stub of Polly's wire format: REST-JSON
 * {@code POST /v1/speech} with {@code Engine}, {@code LanguageCode}, {@code OutputFormat}, {@code Text}
 * and {@code VoiceId}; the answer is the MP3 itself ({@code audio/mpeg}) with the billed characters in
 * {@code x-amzn-RequestCharacters}; errors are named by {@code x-amzn-ErrorType}.
 */
class PollySpeechSynthesizerTest {

    private static final String PATH = "/v1/speech";
    private static final byte[] MP3 = {(byte) 0xFF, (byte) 0xF3, 0x44, (byte) 0xC4, 1, 2, 3, 4};

    @RegisterExtension
    static final WireMockExtension stub = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aChineseReplyIsReadByTheMandarinNeuralVoiceAsMp3() throws Exception {
        stubAudio();

        Optional<SpokenReply> reply = synthesizer(Map.of()).speak("您好！您的订单已经发货。", "zh-CN");

        assertThat(reply).hasValueSatisfying(spoken -> {
            assertThat(spoken.mediaType()).isEqualTo("audio/mpeg");
            assertThat(spoken.audio()).isEqualTo(MP3);
            assertThat(spoken.voice()).isEqualTo("Zhiyu");
        });
        stub.verify(postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(equalToJson("""
                        {"Engine":"neural","LanguageCode":"cmn-CN","OutputFormat":"mp3",
                         "Text":"您好！您的订单已经发货。","VoiceId":"Zhiyu"}
                        """)));
    }

    @Test
    void anEnglishReplyIsReadByJoannaAndConfiguredVoicesReplaceTheDefaults() {
        stubAudio();

        assertThat(synthesizer(Map.of()).speak("Your order has shipped.", "en-US"))
                .map(SpokenReply::voice)
                .hasValue("Joanna");
        assertThat(synthesizer(Map.of("POLLY_VOICE_EN", "Ruth", "POLLY_VOICE_ZH", "Zhiyu"))
                        .speak("Thanks!", "en-US"))
                .map(SpokenReply::voice)
                .hasValue("Ruth");

        stub.verify(postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(equalToJson("""
                        {"Engine":"neural","LanguageCode":"en-US","OutputFormat":"mp3",
                         "Text":"Your order has shipped.","VoiceId":"Joanna"}
                        """)));
        stub.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("{\"VoiceId\":\"Ruth\"}", true, true)));
    }

    @Test
    void aReplyOverPollysLimitIsCutAfterItsLastWholeSentence() throws Exception {
        stubAudio();
        String sentence = "这件外套是羊毛的，可以机洗吗？请用冷水手洗。"; // 22 characters, two sentence ends
        String reply = sentence.repeat(200); // 4,400 characters

        synthesizer(Map.of()).speak(reply, "zh-CN");

        String sent = sentText();
        assertThat(sent.length()).isLessThanOrEqualTo(SpeechText.MAX_CHARS).isGreaterThan(2_900);
        assertThat(sent).endsWith("。").isEqualTo(reply.substring(0, sent.length()));
    }

    @Test
    void throttlingIsRetriedOnceThenTheTurnGoesOnWithoutAudio() {
        stub.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("x-amzn-ErrorType", "ThrottlingException")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Rate exceeded\"}")));

        assertThat(synthesizer(Map.of()).speak("Hello.", "en-US")).isEmpty();
        stub.verify(PollyClients.MAX_ATTEMPTS, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aServerErrorABrokenConnectionAndAnUnknownVoiceAllGiveNoAudio() {
        stub.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        assertThat(synthesizer(Map.of()).speak("Hello.", "en-US")).isEmpty();

        stub.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(synthesizer(Map.of()).speak("Hello.", "en-US")).isEmpty();

        stub.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("x-amzn-ErrorType", "InvalidParameterValueException")
                        .withBody("{\"message\":\"Voice Nobody is not available\"}")));
        assertThat(synthesizer(Map.of("POLLY_VOICE_EN", "Nobody")).speak("Hello.", "en-US"))
                .isEmpty();
    }

    @Test
    void aStuckCallTimesOutIntoNoAudio() {
        stub.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withFixedDelay(2_000).withBody(MP3)));
        PollyClient impatient = client().overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMillis(300)))
                .build();

        assertThat(new PollySpeechSynthesizer(impatient, PollyVoices.from(Environment.of(Map.of())))
                        .speak("Hello.", "en-US"))
                .isEmpty();
    }

    @Test
    void nothingToSayMakesNoRequest() {
        assertThat(synthesizer(Map.of()).speak("  ", "zh-CN")).isEmpty();
        stub.verify(0, postRequestedFor(urlPathEqualTo(PATH)));
    }

    private void stubAudio() {
        stub.stubFor(post(urlPathEqualTo(PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "audio/mpeg")
                        .withHeader("x-amzn-RequestCharacters", "12")
                        .withBody(MP3)));
    }

    private String sentText() throws Exception {
        JsonNode body =
                json.readTree(stub.getAllServeEvents().getFirst().getRequest().getBodyAsString());
        return body.get("Text").asText();
    }

    private static PollySpeechSynthesizer synthesizer(Map<String, String> env) {
        return new PollySpeechSynthesizer(client().build(), PollyVoices.from(Environment.of(env)));
    }

    private static software.amazon.awssdk.services.polly.PollyClientBuilder client() {
        return PollyClients.builder(BackoffStrategy.retryImmediately())
                .endpointOverride(URI.create(stub.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }
}
