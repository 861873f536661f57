package dev.rapport.dynamodb.conformance;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Where the conformance suite runs: by default one {@link EmbeddedDynamoDb} for the whole test JVM;
 * with {@code DYNAMODB_CONFORMANCE_ENDPOINT} set, that endpoint instead (real DynamoDB, with
 * credentials from the default chain, for an https AWS endpoint; anything else, such as LocalStack,
 * with static fake credentials).
 */
final class ConformanceTarget {

    static final String ENDPOINT_VARIABLE = "DYNAMODB_CONFORMANCE_ENDPOINT";

    private static final Pattern AWS_HOST = Pattern.compile("dynamodb\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?");

    private static ConformanceTarget instance;
    private static RuntimeException startFailure;

    private final URI endpoint;
    private final URI streamsEndpoint;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final EmbeddedDynamoDb embedded;
    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streams;

    private ConformanceTarget(
            URI endpoint,
            URI streamsEndpoint,
            Region region,
            AwsCredentialsProvider credentials,
            EmbeddedDynamoDb embedded) {
        this.endpoint = endpoint;
        this.streamsEndpoint = streamsEndpoint;
        this.region = region;
        this.credentials = credentials;
        this.embedded = embedded;
        // No retries: a conformance case must see the first answer, not a retried one.
        ClientOverrideConfiguration noRetries = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build();
        this.client = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries)
                .build();
        this.streams = DynamoDbStreamsClient.builder()
                .endpointOverride(streamsEndpoint)
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries)
                .build();
    }

    static synchronized ConformanceTarget get() {
        if (instance != null) {
            return instance;
        }
        if (startFailure != null) {
            throw startFailure;
        }
        try {
            instance = create(System.getenv(ENDPOINT_VARIABLE));
            return instance;
        } catch (RuntimeException e) {
            startFailure = new IllegalStateException("the conformance target did not start", e);
            throw startFailure;
        }
    }

    /**
     * Runs the suite (or any work) against another endpoint, then puts the usual target back: how
     * the opt-in LocalStack test holds the same cases against LocalStack in this JVM.
     */
    static synchronized <T> T against(URI endpoint, java.util.function.Supplier<T> work) {
        ConformanceTarget previous = instance;
        instance = create(endpoint.toString());
        try {
            return work.get();
        } finally {
            instance.client.close();
            instance.streams.close();
            instance = previous;
        }
    }

    private static ConformanceTarget create(String external) {
        if (external == null || external.isBlank()) {
            // No background TTL sweep during the run: expiry happens only when a case calls expireItems().
            EmbeddedDynamoDb db = EmbeddedDynamoDb.builder()
                    .port(0)
                    .dataDir(null)
                    .ttlSweepInterval(Duration.ofDays(1))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-dynamodb-stop"));
            AwsCredentialsProvider fake =
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("conformance", "conformance"));
            return new ConformanceTarget(db.endpoint(), db.endpoint(), Region.US_EAST_1, fake, db);
        }
        URI uri = URI.create(external.strip());
        Matcher aws = AWS_HOST.matcher(uri.getHost() == null ? "" : uri.getHost());
        if ("https".equals(uri.getScheme()) && aws.matches()) {
            Region region = Region.of(aws.group(1));
            URI streams = URI.create("https://streams." + uri.getHost());
            return new ConformanceTarget(
                    uri, streams, region, DefaultCredentialsProvider.builder().build(), null);
        }
        String regionName = Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1");
        AwsCredentialsProvider fake = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        return new ConformanceTarget(uri, uri, Region.of(regionName), fake, null);
    }

    URI endpoint() {
        return endpoint;
    }

    URI streamsEndpoint() {
        return streamsEndpoint;
    }

    Region region() {
        return region;
    }

    AwsCredentialsProvider credentials() {
        return credentials;
    }

    DynamoDbClient client() {
        return client;
    }

    DynamoDbStreamsClient streams() {
        return streams;
    }

    /** The in-process engine, or empty when the suite runs against an external endpoint. */
    Optional<EmbeddedDynamoDb> embedded() {
        return Optional.ofNullable(embedded);
    }

    boolean isEmbedded() {
        return embedded != null;
    }
}
