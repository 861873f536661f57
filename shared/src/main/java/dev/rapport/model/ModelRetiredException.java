package dev.rapport.model;

/**
 * The configured model has reached the end of its life at its provider: every call fails until
 * the operators configure a current model, so retrying is pointless. The caller answers 503 and
 * has written nothing; the message names the model and the fix, never the customer's words.
 */
public class ModelRetiredException extends RuntimeException {

    public ModelRetiredException(String modelId, Throwable cause) {
        super(
                "Model " + modelId + " has reached the end of its life: set BedrockModelId to a current model "
                        + "(docs/deploy.md, \"Choosing the model\")",
                cause);
    }
}
