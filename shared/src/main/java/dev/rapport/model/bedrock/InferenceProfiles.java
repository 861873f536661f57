package dev.rapport.model.bedrock;

import java.util.Set;

/**
 * Tells an inference profile id from a model id, and reads the model id out of the foundation-model
 * ARNs a profile routes to.
 */
final class InferenceProfiles {

    /** Geographic prefixes of system-defined cross-region profiles ({@code us.anthropic.claude-…}). */
    private static final Set<String> GEOGRAPHIES = Set.of("us", "eu", "apac", "global", "jp", "au", "ca", "us-gov");

    private static final String FOUNDATION_MODEL = ":foundation-model/";

    private InferenceProfiles() {}

    static boolean isProfile(String id) {
        if (id.startsWith("arn:")) {
            return id.contains("inference-profile/");
        }
        int dot = id.indexOf('.');
        return dot > 0 && GEOGRAPHIES.contains(id.substring(0, dot));
    }

    /** {@code arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-…} → {@code anthropic.claude-…}. */
    static String modelId(String modelArn) {
        int at = modelArn.indexOf(FOUNDATION_MODEL);
        return at < 0 ? modelArn : modelArn.substring(at + FOUNDATION_MODEL.length());
    }
}
