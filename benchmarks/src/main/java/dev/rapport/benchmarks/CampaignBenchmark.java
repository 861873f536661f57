package dev.rapport.benchmarks;

import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignStarter;
import dev.rapport.campaigns.CampaignStatus;
import dev.rapport.campaigns.CampaignWorker;
import dev.rapport.campaigns.CampaignWriter;
import dev.rapport.campaigns.QuietHours;
import dev.rapport.campaigns.Segment;
import dev.rapport.campaigns.Stats;
import dev.rapport.local.queues.LocalQueues;
import dev.rapport.local.template.QueueDefinition;
import dev.rapport.queues.sqs.SqsCampaignQueue;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.testing.TestDynamoDb;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Dispatches one campaign to N synthetic customers on the embedded DynamoDB engine and ElasticMQ with the offline
 * writer: the starter pages the audience and enqueues, the worker drains the queue as the SQS event
 * source would. Prints customers/s, DynamoDB and SQS calls per customer and peak heap; the calls
 * per customer must not grow with N. {@code ./mvnw -Pbenchmarks -Dbenchmarks.only=campaigns}
 */
final class CampaignBenchmark {

    record Result(
            int customers,
            int targeted,
            long sent,
            double seconds,
            double dynamoPerCustomer,
            double sqsPerCustomer,
            double peakHeapMb) {}

    private CampaignBenchmark() {}

    static List<Result> measure(TestDynamoDb dynamo, int... sizes) {
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(run(dynamo, size));
        }
        return results;
    }

    private static Result run(TestDynamoDb dynamo, int customers) {
        String queueName = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        try (LocalQueues queues = LocalQueues.start(List.of(new QueueDefinition("Q", queueName, 30, null, 0)))) {
            TestDynamoDb.RequestCounter dynamoCalls = new TestDynamoDb.RequestCounter();
            TestDynamoDb.RequestCounter sqsCalls = new TestDynamoDb.RequestCounter();
            DynamoDbClient client = dynamo.client(dynamoCalls);
            SqsClient sqs = SqsClient.builder()
                    .endpointOverride(queues.endpoint())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(sqsCalls))
                    .build();
            String memory = dynamo.createMemoryTable();
            DynamoDbCampaignStore store = new DynamoDbCampaignStore(
                    client, dynamo.createCampaignsTable(), memory, dynamo.createRemindersTable());
            seed(client, store, memory, customers);
            String url = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
            Instant now = Instant.parse("2026-12-01T04:00:00Z");
            store.create(new Campaign(
                    "bench",
                    "marketer",
                    "bench",
                    new Segment(List.of("east"), null, null, null, null),
                    "{name}，冬茶到了。",
                    LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                    "UTC",
                    now,
                    QuietHours.NONE,
                    2,
                    Campaign.INBOX,
                    CampaignStatus.SCHEDULED,
                    now));
            CampaignStarter starter = new CampaignStarter(store, new SqsCampaignQueue(sqs, url), 50, 1000);
            CampaignWorker worker = new CampaignWorker(store, new CampaignWriter());
            resetPeaks();
            dynamoCalls.reset();
            sqsCalls.reset();
            long start = System.nanoTime();
            starter.run(now);
            while (true) {
                List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10))
                        .messages();
                if (batch.isEmpty()) {
                    break;
                }
                for (Message message : batch) {
                    worker.handle(SqsCampaignQueue.parse(message.body()), now);
                }
                sqs.deleteMessageBatch(b -> b.queueUrl(url)
                        .entries(batch.stream()
                                .map(m ->
                                        software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry
                                                .builder()
                                                .id(m.messageId())
                                                .receiptHandle(m.receiptHandle())
                                                .build())
                                .toList()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Stats stats = store.stats("bench");
            int targeted = stats.targeted();
            return new Result(
                    customers,
                    targeted,
                    stats.sent(),
                    seconds,
                    dynamoCalls.count() / (double) customers,
                    sqsCalls.count() / (double) customers,
                    peakHeapMb());
        }
    }

    /** Every customer has settings (half opted in) and an audience item (four in five in the segment). */
    private static void seed(DynamoDbClient client, DynamoDbCampaignStore store, String memory, int customers) {
        List<WriteRequest> pending = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String hash = String.format(Locale.ROOT, "bench%08d", i);
            pending.add(put(Map.of(
                    "pk",
                    s("C#" + hash),
                    "sk",
                    s("SETTINGS"),
                    "customer",
                    s(hash),
                    "memoryEnabled",
                    AttributeValue.fromBool(true),
                    "sensitiveMemoryAllowed",
                    AttributeValue.fromBool(false),
                    "marketingOptIn",
                    AttributeValue.fromBool(i % 2 == 0),
                    "timezone",
                    s("Asia/Shanghai"),
                    "locale",
                    s("zh-CN"),
                    "profiles",
                    s("[{\"id\":\"default\",\"name\":\"客户" + i + "\"}]"))));
            // Written as the CRM sync writes it, so it lands in the sparse audience index.
            store.saveAudience(new Audience(hash, i % 5 == 4 ? "west" : "east", "zh-CN", List.of("tea"), null, null));
            if (pending.size() == 24) {
                write(client, memory, pending);
                pending = new ArrayList<>();
            }
        }
        if (!pending.isEmpty()) {
            write(client, memory, pending);
        }
    }

    private static void write(DynamoDbClient client, String table, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> pending = Map.of(table, requests);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item).build())
                .build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / 1048576.0;
    }

    static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("## Campaign dispatch\n\n"
                + "One campaign on Rapport's embedded DynamoDB engine (local-dynamodb) and ElasticMQ, offline writer, one"
                + " JVM (starter, then the worker draining the queue in batches of 10 messages × 50 recipients). Half the"
                + " customers opted in, four in five in the segment. Peak heap is the whole benchmark JVM's, the DynamoDB"
                + " engine included.\n\n"
                + "| customers | targeted | sent | seconds | customers/s | DynamoDB calls/customer | SQS calls/customer |"
                + " peak heap MB |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %.1f | %.0f | %.3f | %.4f | %.0f |%n",
                    r.customers(),
                    r.targeted(),
                    r.sent(),
                    r.seconds(),
                    r.customers() / r.seconds(),
                    r.dynamoPerCustomer(),
                    r.sqsPerCustomer(),
                    r.peakHeapMb()));
        }
        return out.toString();
    }
}
