package dev.rapport.wiring;

import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.config.Environment;
import dev.rapport.model.ModelPricing;
import dev.rapport.speech.polly.PollySpeechSynthesizer;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.voice.SpeechSynthesizer;
import dev.rapport.voice.Transcriber;
import dev.rapport.voice.VoiceInquiryService;
import dev.rapport.voice.audio.AudioInspector;
import java.util.Map;
import java.util.Objects;

/**
 * The voice inquiry assembled from configuration: the chat turn's store, model, tools and specialists (as the photo
 * inquiry has them), a transcriber, a voice.
 */
public record VoiceApplication(VoiceInquiryService voice, ModelPricing pricing) {

    public static VoiceApplication fromEnvironment(Environment env) {
        var client = AwsClients.dynamoDb();
        ConversationStore store = new DynamoDbConversationStore(
                client,
                env.get("CONVERSATIONS_TABLE", "rapport-local-conversations"),
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                env.get("MEMORY_TABLE", "rapport-local-memory"));
        ChatService chat = ChatService.builder()
                .store(store)
                .model(Models.fromEnvironment(env))
                .settings(ChatSettings.from(env))
                .tools(ChatApplication.tools(client, env))
                .supervisor(ChatApplication.supervisor())
                .build();
        return builder()
                .chat(chat)
                .pricing(ModelPricing.from(env))
                .transcriber(Transcribers.fromEnvironment(env))
                .speech(speech(env))
                .minConfidence(env.getDouble("VOICE_MIN_CONFIDENCE", VoiceInquiryService.DEFAULT_MIN_CONFIDENCE))
                .build();
    }

    /**
     * Replies read aloud by Polly's neural voices ({@code POLLY_VOICE_ZH}, {@code POLLY_VOICE_EN}); none on the
     * offline stack, which reaches no AWS service.
     */
    static SpeechSynthesizer speech(Environment env) {
        if (env.get("MODEL_PROVIDER", "offline").equals("offline")) {
            return SpeechSynthesizer.NONE;
        }
        return PollySpeechSynthesizer.create(env);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parts of the voice inquiry. Required: the chat service the transcript's turn runs in, and the
     * transcriber. Optional, with their defaults: no list prices, no spoken replies and the default
     * confidence threshold.
     */
    public static final class Builder {

        private ChatService chat;
        private Transcriber transcriber;
        private ModelPricing pricing = ModelPricing.from(Environment.of(Map.of()));
        private SpeechSynthesizer speech = SpeechSynthesizer.NONE;
        private double minConfidence = VoiceInquiryService.DEFAULT_MIN_CONFIDENCE;

        private Builder() {}

        /** The chat turn, with its store, model and tools: a voice note may ask about or change an order. */
        public Builder chat(ChatService chat) {
            this.chat = chat;
            return this;
        }

        public Builder transcriber(Transcriber transcriber) {
            this.transcriber = transcriber;
            return this;
        }

        public Builder pricing(ModelPricing pricing) {
            this.pricing = Objects.requireNonNull(pricing, "pricing");
            return this;
        }

        public Builder speech(SpeechSynthesizer speech) {
            this.speech = Objects.requireNonNull(speech, "speech");
            return this;
        }

        public Builder minConfidence(double minConfidence) {
            this.minConfidence = minConfidence;
            return this;
        }

        /** @throws NullPointerException naming the first required part that was not given */
        public VoiceApplication build() {
            Objects.requireNonNull(chat, "VoiceApplication needs a chat service");
            Objects.requireNonNull(transcriber, "VoiceApplication needs a transcriber");
            return new VoiceApplication(
                    new VoiceInquiryService(new AudioInspector(), transcriber, chat, speech, minConfidence), pricing);
        }
    }
}
