package dev.rapport.wiring;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * AWS clients as every function builds them: the URL-connection HTTP client (lighter cold start
 * than Apache or Netty), and region, credentials and endpoint from the SDK's standard chain — so
 * the local runner's engine, LocalStack or AWS is a matter of {@code AWS_ENDPOINT_URL_*} settings, not code.
 */
public final class AwsClients {

    private AwsClients() {}

    public static DynamoDbEnhancedClient dynamoDb() {
        return enhanced(dynamoDbClient());
    }

    public static DynamoDbEnhancedClient enhanced(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    public static DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
