package dev.rapport.model.bedrock;

import dev.rapport.knowledge.KnowledgeUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient;
import software.amazon.awssdk.services.bedrockagentruntime.model.KnowledgeBaseRetrievalResult;
import software.amazon.awssdk.services.bedrockagentruntime.model.RetrieveRequest;

/**
 * One {@code Retrieve} call with its faults sorted, for passages and products alike: the SDK
 * retries throttling, 5xx and stuck attempts within the budget; what still fails is
 * {@link KnowledgeUnavailableException}; a request the service refuses (wrong id, missing
 * permission) is a configuration fault, an {@link IllegalStateException}, never retried.
 */
final class RetrieveCalls {

    private RetrieveCalls() {}

    /** @param setting the environment variable naming the knowledge base, for the fault's message */
    static List<KnowledgeBaseRetrievalResult> retrieve(
            BedrockAgentRuntimeClient client, RetrieveRequest request, Duration timeout, String setting) {
        try {
            return client.retrieve(request).retrievalResults();
        } catch (AwsServiceException e) {
            if (e.isThrottlingException() || e.statusCode() == 429 || e.statusCode() >= 500 || retryLater(e)) {
                throw new KnowledgeUnavailableException(
                        "Bedrock knowledge base stayed unavailable (" + e.statusCode() + ")", e);
            }
            // The message is not passed on: validation messages can quote the question.
            throw new IllegalStateException("Bedrock knowledge base refused the retrieval (" + e.statusCode() + " "
                    + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode())
                    + "): check " + setting + ", the region and the function's IAM policy");
        } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
            throw new KnowledgeUnavailableException("Bedrock knowledge base did not answer within " + timeout, e);
        } catch (SdkClientException e) {
            throw new KnowledgeUnavailableException("Bedrock knowledge base could not be reached", e);
        }
    }

    /** Bedrock asks for these to be resubmitted later: nothing retrieved this turn, not a configuration fault. */
    private static boolean retryLater(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        return e.statusCode() == 424
                || "DependencyFailedException".equals(code)
                || "BadGatewayException".equals(code)
                || "ServiceQuotaExceededException".equals(code)
                || code.toLowerCase(Locale.ROOT).contains("throttl");
    }
}
