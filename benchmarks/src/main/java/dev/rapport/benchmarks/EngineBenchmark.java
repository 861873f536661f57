package dev.rapport.benchmarks;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Rapport's DynamoDB engine (local-dynamodb) through the AWS SDK, as the tests and the local stack
 * use it: start time, and each call's latency and the engine's throughput under several threads.
 * {@code -Dbenchmarks.only=engine}; written to its own part of docs/benchmarks.md.
 */
final class EngineBenchmark {

    static final String PART = "engine";
    private static final int STARTS = 6;
    private static final int CALLS = 2_000;
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 1_000;

    private EngineBenchmark() {}

    static String run() throws Exception {
        Timings starts = new Timings();
        long first = 0;
        for (int i = 0; i < STARTS; i++) {
            long begin = System.nanoTime();
            try (EmbeddedDynamoDb db = EmbeddedDynamoDb.builder().build();
                    DynamoDbClient client = client(db)) {
                client.listTables();
                long took = System.nanoTime() - begin;
                if (i == 0) {
                    first = took;
                } else {
                    starts.add(took);
                }
            }
        }
        StringBuilder report = new StringBuilder("## The DynamoDB engine (local-dynamodb)\n\n")
                .append("In memory, through the AWS SDK's URL-connection client on 127.0.0.1, one JVM. Start: ")
                .append("`EmbeddedDynamoDb.builder().build()` to the first `ListTables` answered.\n\n")
                .append("| figure | value |\n|---|---|\n")
                .append(row("start, first in the JVM (classes loaded)", first / 1e6))
                .append(row("start, median of " + (STARTS - 1) + " more", starts.percentileMillis(50)));
        try (EmbeddedDynamoDb db = EmbeddedDynamoDb.builder().build();
                DynamoDbClient client = client(db)) {
            client.createTable(b -> b.tableName("bench")
                    .billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(
                            a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                    .keySchema(
                            k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE)));
            report.append(latency(
                    "PutItem (1 KB item)",
                    i -> client.putItem(b -> b.tableName("bench").item(item(i)))));
            report.append(latency(
                    "GetItem", i -> client.getItem(b -> b.tableName("bench").key(key(i)))));
            report.append(latency(
                    "Query (a partition of 20 items)",
                    i -> client.query(b -> b.tableName("bench")
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("p" + (i % 100)))))));
            report.append(latency(
                    "TransactWriteItems (2 updates)",
                    i -> client.transactWriteItems(t -> t.transactItems(
                            w -> w.update(u -> u.tableName("bench")
                                    .key(key(i))
                                    .updateExpression("ADD n :one")
                                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))),
                            w -> w.update(u -> u.tableName("bench")
                                    .key(key(i + 1))
                                    .updateExpression("ADD n :one")
                                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))))));
            report.append(row(THREADS + " threads, GetItem and PutItem alternating, calls/s", throughput(client)));
        }
        return report.toString();
    }

    private static String latency(String call, IntConsumer operation) {
        for (int i = 0; i < CALLS / 4; i++) {
            operation.accept(i);
        }
        Timings timings = new Timings();
        for (int i = 0; i < CALLS; i++) {
            long begin = System.nanoTime();
            operation.accept(i);
            timings.add(System.nanoTime() - begin);
        }
        return "| " + call + ", p50 / p99 | "
                + String.format("%.2f ms / %.2f ms", timings.percentileMillis(50), timings.percentileMillis(99))
                + " |\n";
    }

    private static double throughput(DynamoDbClient client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long begin = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        int n = thread * CALLS_PER_THREAD + i;
                        if (i % 2 == 0) {
                            client.putItem(b -> b.tableName("bench").item(item(n)));
                        } else {
                            client.getItem(b -> b.tableName("bench").key(key(n - 1)));
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return THREADS * CALLS_PER_THREAD / ((System.nanoTime() - begin) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String row(String figure, double value) {
        return "| " + figure + " | " + String.format("%.0f", value) + (figure.endsWith("calls/s") ? "" : " ms")
                + " |\n";
    }

    private static Map<String, AttributeValue> key(int i) {
        return Map.of("pk", s("p" + (i % 100)), "sk", s("s" + (i % 20)));
    }

    private static Map<String, AttributeValue> item(int i) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(i));
        item.put("body", s("x".repeat(1000)));
        return item;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static DynamoDbClient client(EmbeddedDynamoDb db) {
        return DynamoDbClient.builder()
                .endpointOverride(db.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
