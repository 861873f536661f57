package dev.rapport.benchmarks;

import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignStarter;
import dev.rapport.campaigns.CampaignStatus;
import dev.rapport.campaigns.QuietHours;
import dev.rapport.campaigns.Segment;
import dev.rapport.export.ExportRequest;
import dev.rapport.export.TrainingExport;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbConversationSource;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.files.FileSystemExportSink;
import dev.rapport.testing.TestDynamoDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Cost that follows the work, not the table: a campaign's start to 1,000 customers and the daily
 * export of 1,000 sessions, with the tables also holding 10× and 100× as many unrelated items.
 * Counts the items DynamoDB reads (a Query's or Scan's ScannedCount, the items a get returns), which
 * is what read capacity is billed on, beside what one Scan of the same table would read.
 * {@code ./mvnw -Pbenchmarks -Dbenchmarks.only=scale}
 */
final class ScaleBenchmark {

    static final String PART = "scale";
    private static final int CUSTOMERS = 1_000;
    private static final int SESSIONS = 1_000;
    private static final int[] UNRELATED_FACTORS = {0, 10, 100};
    private static final LocalDate DAY = LocalDate.parse("2026-11-24");

    record Row(int factor, String job, long tableItems, long itemsRead, double seconds) {}

    private ScaleBenchmark() {}

    static String run(TestDynamoDb dynamo) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int factor : UNRELATED_FACTORS) {
            rows.add(campaign(dynamo, factor));
            rows.add(export(dynamo, factor));
        }
        return report(rows);
    }

    private static Row campaign(TestDynamoDb dynamo, int factor) {
        ItemsRead reads = new ItemsRead();
        DynamoDbClient client = dynamo.client(reads);
        String memory = dynamo.createMemoryTable();
        DynamoDbCampaignStore store =
                new DynamoDbCampaignStore(client, dynamo.createCampaignsTable(), memory, dynamo.createRemindersTable());
        List<WriteRequest> unrelated = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String hash = String.format(Locale.ROOT, "scale%08d", i);
            store.saveAudience(new Audience(hash, "east", "zh-CN", List.of("tea"), null, null));
            for (int m = 0; m < factor; m++) {
                unrelated.add(put(Map.of(
                        "pk",
                        s("C#" + hash),
                        "sk",
                        s(String.format(Locale.ROOT, "MEM#%04d", m)),
                        "customer",
                        s(hash),
                        "statement",
                        s("prefers green tea"))));
            }
        }
        write(client, memory, unrelated);
        Instant now = Instant.parse("2026-12-01T04:00:00Z");
        store.create(new Campaign(
                "scale",
                "marketer",
                "scale",
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
        AtomicInteger enqueued = new AtomicInteger();
        CampaignStarter starter = new CampaignStarter(
                store,
                batches -> {
                    batches.forEach(b -> enqueued.addAndGet(b.customers().size()));
                    return batches.size();
                },
                50,
                1000);
        reads.reset();
        long start = System.nanoTime();
        starter.run(now);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (enqueued.get() != CUSTOMERS) {
            throw new IllegalStateException("the starter enqueued " + enqueued.get() + " of " + CUSTOMERS);
        }
        return new Row(factor, "campaign start, 1,000 customers", CUSTOMERS * (1L + factor), reads.count(), seconds);
    }

    private static Row export(TestDynamoDb dynamo, int factor) throws Exception {
        ItemsRead reads = new ItemsRead();
        DynamoDbClient client = dynamo.client(reads);
        String conversations = dynamo.createConversationTables().conversations();
        List<WriteRequest> items = new ArrayList<>();
        for (int i = 0; i < SESSIONS * (1 + factor); i++) {
            // The first 1,000 sessions start on the exported day; the rest on the 100 days before it.
            LocalDate day = i < SESSIONS ? DAY : DAY.minusDays(1 + i % 100);
            String at = day + "T09:00:00Z";
            String pk = String.format(Locale.ROOT, "C#scale%08d#P#default#S#s%08d", i % CUSTOMERS, i);
            items.add(put(Map.of(
                    "pk",
                    s(pk),
                    "sk",
                    s("SESSION"),
                    "sessionId",
                    s("s" + i),
                    "createdAt",
                    s(at),
                    "updatedAt",
                    s(at),
                    "customer",
                    s(String.format(Locale.ROOT, "scale%08d", i % CUSTOMERS)),
                    "startDay",
                    s(day.toString()))));
            items.add(put(Map.of(
                    "pk",
                    s(pk),
                    "sk",
                    s("TURN#0000000001"),
                    "turnId",
                    s("t" + i),
                    "message",
                    s("Is the green tea in stock?"),
                    "reply",
                    s("Yes, 12 tins."),
                    "at",
                    s(at))));
        }
        write(client, conversations, items);
        Path folder = Files.createTempDirectory("rapport-scale-export");
        TrainingExport export = new TrainingExport(
                new DynamoDbConversationSource(dynamo.enhanced(reads), conversations),
                new DynamoDbSettingsStore(dynamo.enhanced(reads), dynamo.createMemoryTable(), Clock.systemUTC()),
                new FileSystemExportSink(folder),
                new PiiRedactor(),
                "You are a helpful assistant.",
                Clock.systemUTC());
        reads.reset();
        long start = System.nanoTime();
        export.run(new ExportRequest(DAY, DAY, 0));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Row(factor, "daily export, 1,000 sessions", 2L * SESSIONS * (1 + factor), reads.count(), seconds);
    }

    static String report(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| job | unrelated items | items in the table | items read | a full-table Scan would read |"
                        + " wall time |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,d | %,d | %,d | %.2f s |%n",
                    row.job(),
                    row.factor() == 0 ? "none" : row.factor() + "×",
                    row.tableItems(),
                    row.itemsRead(),
                    row.tableItems(),
                    row.seconds()));
        }
        return md.toString();
    }

    private static void write(DynamoDbClient client, String table, List<WriteRequest> requests) {
        for (int i = 0; i < requests.size(); i += 25) {
            Map<String, List<WriteRequest>> pending =
                    Map.of(table, requests.subList(i, Math.min(requests.size(), i + 25)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
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

    /** The items DynamoDB read to answer: what read capacity is billed on. */
    private static final class ItemsRead implements ExecutionInterceptor {
        private final AtomicLong items = new AtomicLong();

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            Object response = context.response();
            if (response instanceof QueryResponse query) {
                items.addAndGet(query.scannedCount());
            } else if (response instanceof ScanResponse scan) {
                items.addAndGet(scan.scannedCount());
            } else if (response instanceof BatchGetItemResponse batch) {
                batch.responses().values().forEach(found -> items.addAndGet(found.size()));
            } else if (response instanceof GetItemResponse get && get.hasItem()) {
                items.incrementAndGet();
            }
        }

        long count() {
            return items.get();
        }

        void reset() {
            items.set(0);
        }
    }
}
