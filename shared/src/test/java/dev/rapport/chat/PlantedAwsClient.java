package dev.rapport.chat;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A test-only class in a domain package that breaks the rule on purpose, so the rule is seen to catch it. */
public final class PlantedAwsClient {

    private PlantedAwsClient() {}

    public static String describe(DynamoDbClient client) {
        return client.serviceName();
    }
}
