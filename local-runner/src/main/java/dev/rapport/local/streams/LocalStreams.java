package dev.rapport.local.streams;

import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.template.StreamTrigger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The template's DynamoDB stream triggers, driven from the local DynamoDB engine's streams in the background
 * the way Lambda's event source mappings poll them; {@link #drain()} delivers everything pending
 * now, so tests wait for a fact instead of a clock.
 */
public final class LocalStreams implements AutoCloseable {

    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final List<StreamPoller> pollers;
    private final DynamoDbStreamsClient client;
    private final DeadLetters deadLetters;
    private final Thread thread;
    private volatile boolean running = true;

    private LocalStreams(List<StreamPoller> pollers, DynamoDbStreamsClient client, DeadLetters deadLetters) {
        this.pollers = pollers;
        this.client = client;
        this.deadLetters = deadLetters;
        this.thread = Thread.ofPlatform().daemon().name("local-stream-pollers").unstarted(this::pollForever);
    }

    public static LocalStreams start(
            List<StreamTrigger> triggers, Map<String, LocalFunction> functions, URI endpoint, DynamoDbClient dynamoDb) {
        DynamoDbStreamsClient client = DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        DeadLetters deadLetters = new DeadLetters();
        List<StreamPoller> pollers = new ArrayList<>();
        for (StreamTrigger trigger : triggers) {
            String arn = dynamoDb.describeTable(b -> b.tableName(trigger.tableName()))
                    .table()
                    .latestStreamArn();
            if (arn == null) {
                throw new IllegalStateException(trigger.function() + " reads the stream of " + trigger.tableName()
                        + ", but that table has no StreamSpecification");
            }
            pollers.add(new StreamPoller(trigger, functions.get(trigger.function()), client, arn, deadLetters));
        }
        LocalStreams streams = new LocalStreams(pollers, client, deadLetters);
        if (!pollers.isEmpty()) {
            streams.thread.start();
        }
        return streams;
    }

    /** Delivers every record written so far to its functions; returns how many were delivered. */
    public int drain() {
        return pollers.stream().mapToInt(StreamPoller::drain).sum();
    }

    public DeadLetters deadLetters() {
        return deadLetters;
    }

    private void pollForever() {
        while (running) {
            try {
                drain();
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("local stack: stream polling failed: " + e);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        pollers.forEach(StreamPoller::stop);
        // Let a batch in flight finish while DynamoDB is still up: cut short, its records would be retried
        // against a closed table and end up as dead letters.
        try {
            thread.join(SHUTDOWN_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
        client.close();
    }
}
