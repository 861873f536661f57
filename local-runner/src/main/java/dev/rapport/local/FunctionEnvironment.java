package dev.rapport.local;

import dev.rapport.local.template.FunctionDefinition;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;

/**
 * Hands the functions their configuration. Handlers read environment variables with System
 * properties of the same name as fallback, so the template's variables become System properties;
 * the AWS SDK inside them is pointed at the local DynamoDB engine through its own standard system properties,
 * so no handler code knows it runs locally.
 */
final class FunctionEnvironment {

    /** Meaningful only to a real Lambda JVM at launch. */
    private static final Set<String> NOT_FOR_IN_PROCESS = Set.of("JAVA_TOOL_OPTIONS", "AWS_LAMBDA_EXEC_WRAPPER");

    private FunctionEnvironment() {}

    /** Sets the properties and returns what puts the previous values back. */
    /**
     * @param localValues variables whose template value means "in AWS" and which the local stack
     *     points at a local resource instead (the export folder)
     */
    static Runnable apply(
            List<FunctionDefinition> functions,
            URI dynamoDbEndpoint,
            URI eventBridgeEndpoint,
            URI sqsEndpoint,
            Map<String, String> localValues) {
        Map<String, String> previous = new HashMap<>();
        Map<String, String> merged = new HashMap<>();
        for (FunctionDefinition function : functions) {
            function.environment().forEach((name, value) -> {
                String other = merged.putIfAbsent(name, value);
                if (other != null && !other.equals(value)) {
                    throw new IllegalStateException(function.logicalId() + " sets " + name + "=" + value
                            + " but another function sets it to " + other + "; functions share one JVM locally");
                }
            });
        }
        merged.putAll(localValues);
        merged.forEach((name, value) -> {
            if (!NOT_FOR_IN_PROCESS.contains(name)) {
                set(name, value, previous);
            }
        });
        set("aws.endpointUrlDynamoDb", dynamoDbEndpoint.toString(), previous);
        set("aws.endpointUrlEventBridge", eventBridgeEndpoint.toString(), previous);
        set("aws.endpointUrlSqs", sqsEndpoint.toString(), previous);
        // In Lambda the metrics library finds its environment itself; here it prints to the console.
        EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Local);
        if (System.getProperty("aws.region") == null && System.getenv("AWS_REGION") == null) {
            set("aws.region", "us-east-1", previous);
        }
        // The local DynamoDB engine accepts any keys; real ones (for a Bedrock override) win when configured.
        if (System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null) {
            set("aws.accessKeyId", "local", previous);
            set("aws.secretAccessKey", "local", previous);
        }
        return () -> previous.forEach((name, value) -> {
            if (value.isEmpty()) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    private static void set(String name, String value, Map<String, String> previous) {
        previous.putIfAbsent(name, System.getProperty(name, ""));
        System.setProperty(name, value);
    }
}
