package dev.rapport.model.lifecycle;

/**
 * A model id the deployment is configured with.
 *
 * @param setting the deploy parameter that chooses it (e.g. {@code BedrockModelId}), named in the
 *     warning so whoever reads it knows what to change
 */
public record WatchedModel(String id, String setting) {

    public WatchedModel {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(setting + " must name a model");
        }
    }
}
