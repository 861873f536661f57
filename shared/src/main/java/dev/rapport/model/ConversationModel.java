package dev.rapport.model;

/**
 * The one port every model call goes through: Bedrock Converse in AWS, an OpenAI-compatible
 * server, or the offline engine locally and in tests.
 */
public interface ConversationModel {

    /**
     * Sends the conversation and returns the assistant's next message.
     *
     * @throws ModelUnavailableException when the model stays throttled or unreachable after retries;
     *     callers must not have written anything before calling
     */
    ModelReply converse(ModelRequest request);

    /**
     * Exercises the adapter's request building and reply parsing without calling the model, so a
     * SnapStart snapshot holds them ready. Must not send anything.
     */
    default void prime() {}

    /** A short name for logs, metrics and the README ("bedrock", "offline"). */
    String name();
}
