package dev.rapport.local.dynamodb;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Rapport's own DynamoDB engine ({@link EmbeddedDynamoDb}, module local-dynamodb) in this JVM,
 * speaking DynamoDB's and DynamoDB Streams' wire protocol on 127.0.0.1 so the aws cli and NoSQL
 * Workbench can inspect it; in memory, or in a data directory that survives restarts. Expired items
 * (TTL) are deleted in the background, with their REMOVE stream records, as DynamoDB does.
 */
public final class LocalDynamoDb implements AutoCloseable {

    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private final EmbeddedDynamoDb engine;

    private LocalDynamoDb(EmbeddedDynamoDb engine) {
        this.engine = engine;
    }

    /** Any access key and region see the same tables, so the aws cli with any fake keys sees them. */
    public static LocalDynamoDb start(int port, Path dataDir) {
        if (dataDir != null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
            }
        }
        try {
            return new LocalDynamoDb(EmbeddedDynamoDb.builder()
                    .port(port)
                    .dataDir(dataDir == null ? null : dataDir.toAbsolutePath())
                    .build());
        } catch (RuntimeException e) {
            throw new IllegalStateException("the DynamoDB engine did not start on port " + port, e);
        }
    }

    public int port() {
        return engine.port();
    }

    public URI endpoint() {
        return engine.endpoint();
    }

    /** Deletes every item whose TTL has passed now, as the background sweep does; returns how many. */
    public int expireItems() {
        return engine.expireItems();
    }

    public DynamoDbClient client() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() {
        engine.close();
    }
}
