package dev.rapport.model.bedrock;

import dev.rapport.model.ConversationModel;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.ModelRetiredException;
import dev.rapport.model.ModelUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;

/**
 * Amazon Bedrock through the Converse API. The SDK retries throttling, 5xx and stuck attempts
 * with backoff within the settings' budget; what still fails becomes {@link ModelUnavailableException}
 * (the turn answers 503 and writes nothing). A request Bedrock refuses is a configuration fault,
 * never retried.
 */
public final class BedrockConverseModel implements ConversationModel {

    /** Long enough for the SDK's backoff window to have passed, short enough for a person to retry. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final BedrockRuntimeClient client;
    private final BedrockSettings settings;
    private final Supplier<String> nonces;

    public BedrockConverseModel(BedrockRuntimeClient client, BedrockSettings settings) {
        // A fresh tag per call for the mood judgment; it only needs to be unguessable by the customer.
        this(client, settings, () -> UUID.randomUUID().toString().substring(0, 8));
    }

    BedrockConverseModel(BedrockRuntimeClient client, BedrockSettings settings, Supplier<String> nonces) {
        this.client = client;
        this.settings = settings;
        this.nonces = nonces;
    }

    public static BedrockConverseModel create(BedrockSettings settings) {
        return new BedrockConverseModel(BedrockClients.runtime(settings).build(), settings);
    }

    @Override
    public ModelReply converse(ModelRequest request) {
        try {
            String nonce = nonces.get();
            return ConverseReplies.of(client.converse(ConverseRequests.of(request, settings, nonce)), nonce);
        } catch (AwsServiceException e) {
            if (retired(e)) {
                throw new ModelRetiredException(settings.modelId(), e);
            }
            if (e.isThrottlingException() || e.statusCode() == 429 || e.statusCode() >= 500 || retryLater(e)) {
                throw new ModelUnavailableException(
                        "Bedrock stayed unavailable (" + e.statusCode() + ")", RETRY_AFTER, e);
            }
            // The message is not passed on: Bedrock's validation messages can quote the prompt.
            throw new IllegalStateException("Bedrock refused the request (" + e.statusCode() + " "
                    + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode())
                    + "): check BEDROCK_MODEL_ID, model access in this region and the function's IAM policy");
        } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
            throw new ModelUnavailableException("Bedrock did not answer within " + settings.timeout(), RETRY_AFTER, e);
        } catch (SdkClientException e) {
            throw new ModelUnavailableException("Bedrock could not be reached", RETRY_AFTER, e);
        }
    }

    /** Builds a real Converse request and parses a canned answer; nothing is sent to Bedrock. */
    @Override
    public void prime() {
        ConverseRequests.of(
                new ModelRequest(
                        "You are Rapport's assistant.",
                        List.of(new Grounding(Grounding.SUMMARY, "summary", "The customer asked about a parcel.")),
                        List.of(Message.user("Where is my parcel?")),
                        List.of(),
                        "en"),
                settings,
                "priming");
        ConverseReplies.of(
                ConverseResponse.builder()
                        .output(o -> o.message(m -> m.role(ConversationRole.ASSISTANT)
                                .content(ContentBlock.fromText("It is on its way.\n[[mood:priming]] "
                                        + "{\"sentiment\":\"neutral\",\"emotion\":\"none\"}"))))
                        .stopReason(software.amazon.awssdk.services.bedrockruntime.model.StopReason.END_TURN)
                        .usage(u -> u.inputTokens(1).outputTokens(1).totalTokens(2))
                        .build(),
                "priming");
    }

    /**
     * Bedrock answers a call to a model past its end of life with this message (a
     * ResourceNotFoundException or, for some models, a ValidationException).
     */
    private static boolean retired(AwsServiceException e) {
        String message =
                e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("end of its life");
    }

    /** Bedrock asks for these to be resubmitted later: a 503 for the customer, not a configuration fault. */
    private static boolean retryLater(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        return e.statusCode() == 424
                || "ModelErrorException".equals(code)
                || "ServiceQuotaExceededException".equals(code)
                || "ModelNotReadyException".equals(code);
    }

    @Override
    public String name() {
        return "bedrock";
    }
}
