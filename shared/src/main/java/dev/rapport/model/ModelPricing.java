package dev.rapport.model;

import dev.rapport.config.Environment;

/**
 * On-demand prices of the configured model, in US dollars per million tokens, for the cost
 * metric. Defaults are Claude Haiku 4.5's on-demand prices on Bedrock (the default model, checked
 * 2026-12-04); set them for the model you deploy.
 */
public record ModelPricing(double inputUsdPerMillion, double outputUsdPerMillion) {

    public ModelPricing {
        if (inputUsdPerMillion < 0 || outputUsdPerMillion < 0) {
            throw new IllegalStateException("model prices cannot be negative");
        }
    }

    public static ModelPricing from(Environment env) {
        return new ModelPricing(
                env.getDouble("MODEL_INPUT_USD_PER_MTOK", 1.0), env.getDouble("MODEL_OUTPUT_USD_PER_MTOK", 5.0));
    }

    public double costUsd(Usage usage) {
        return (usage.inputTokens() * inputUsdPerMillion + usage.outputTokens() * outputUsdPerMillion) / 1_000_000;
    }
}
