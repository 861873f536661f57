package dev.rapport.benchmarks;

import dev.rapport.export.ExportManifest;
import dev.rapport.export.ExportRequest;
import dev.rapport.export.TrainingExport;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbConversationSource;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.files.FileSystemExportSink;
import dev.rapport.testing.PiiCorpusValues;
import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The training-data export over synthetic turns in the embedded DynamoDB engine (sessions of 10 turns; most rated
 * 5, some rated 2, some of customers who turned memory off). Customer messages carry raw personal
 * values from the PII corpus — as if stored before redaction existed — so the export's own
 * de-identification is what is measured. The engine runs in a JVM of its own, so this JVM's
 * heap is the export's: its peak (each heap pool's peak usage, reset after a collection just
 * before the run) and its live set after collections, with time, lines checked against Bedrock's
 * format and corpus values found in the output.
 *
 * <p>Run: {@code ./mvnw -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbenchmarks.only=export}
 * ({@value #DEFAULT_TURNS} turns, also part of the full run) or {@code -Dbenchmarks.only=export:100000}.
 */
final class ExportBenchmark {

    static final int DEFAULT_TURNS = 10_000;
    static final int TURNS_PER_SESSION = 10;
    static final LocalDate DAY = LocalDate.parse("2026-11-24");

    private ExportBenchmark() {}

    /** Its part of docs/benchmarks.md: one per size, so the long run's figures survive a short one. */
    static String part(int turns) {
        return "export-" + turns;
    }

    static String run(int turns) throws IOException, InterruptedException {
        int sessions = turns / TURNS_PER_SESSION;
        try (EmbeddedDynamoDbProcess process = EmbeddedDynamoDbProcess.start()) {
            TestDynamoDb dynamo = process.server();
            String conversations = dynamo.createConversationTables().conversations();
            String memory = dynamo.createMemoryTable();
            long seedStart = System.nanoTime();
            seed(dynamo, conversations, memory, sessions);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            Path folder = Files.createTempDirectory("export-benchmark");
            TrainingExport export = new TrainingExport(
                    new DynamoDbConversationSource(dynamo.enhanced(), conversations),
                    new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC()),
                    new FileSystemExportSink(folder),
                    new PiiRedactor(),
                    "You are a helpful assistant.",
                    Clock.systemUTC());

            System.gc();
            long baseline =
                    heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long[] livePeak = {liveAfterGc()};
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    livePeak[0] = Math.max(livePeak[0], liveAfterGc());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            ExportManifest manifest = export.run(new ExportRequest(DAY, DAY, 4));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            long peak = heapPools().stream()
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            long live = Math.max(livePeak[0], liveAfterGc());
            Figures figures = new Figures(
                    turns,
                    sessions,
                    seedSeconds,
                    manifest,
                    seconds,
                    baseline,
                    peak,
                    live,
                    ExportOutput.check(Path.of(manifest.data())));
            return figures.markdown();
        }
    }

    record Figures(
            int turns,
            int sessions,
            double seedSeconds,
            ExportManifest manifest,
            double seconds,
            long baseline,
            long peak,
            long live,
            ExportOutput output) {

        String markdown() {
            String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(b -> b.getName())
                    .collect(Collectors.joining(", "));
            return String.format(
                    Locale.ROOT,
                    """
                    ## Training-data export, %,d turns

                    `./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbenchmarks.only=export:%d`:
                    %,d sessions of %d turns in Rapport's embedded DynamoDB engine (local-dynamodb), which runs in a
                    JVM of its own (in memory), seeded in %.1f s; customer messages carry **raw** PII corpus values, so
                    the export's own de-identification is measured. The heap figures are the export JVM's alone:
                    peak = the sum of each heap pool's peak usage (garbage included) since a reset right after
                    `System.gc()`, so an upper bound; live = what the pools held after their collections, sampled
                    every 50 ms.

                    | figure | value |
                    |---|---|
                    | exported | %,d conversations, %,d turns; excluded %s |
                    | time | %.1f s (%,.0f turns read per second) |
                    | peak heap during the export | %.0f MB (%.0f MB above the %.0f MB baseline) |
                    | live heap after collections | at most %.0f MB above the baseline |
                    | heap limit, collector | %d MB, %s |
                    | output | %.1f MB, %,d lines, %d not in Bedrock's format |
                    | raw PII in the output | %d occurrences of %d corpus values %s |

                    Machine: %s.
                    """,
                    turns,
                    turns,
                    sessions,
                    TURNS_PER_SESSION,
                    seedSeconds,
                    manifest.conversations(),
                    manifest.turns(),
                    manifest.excluded(),
                    seconds,
                    turns / seconds,
                    peak / 1048576.0,
                    (peak - baseline) / 1048576.0,
                    baseline / 1048576.0,
                    (live - baseline) / 1048576.0,
                    Runtime.getRuntime().maxMemory() >> 20,
                    gcs,
                    output.bytes() / 1048576.0,
                    output.lines(),
                    output.malformed(),
                    output.leaks(),
                    output.corpusValues(),
                    output.leaked().isEmpty() ? "" : output.leaked(),
                    String.join("; ", Benchmarks.machine()));
        }
    }

    private static void seed(TestDynamoDb dynamo, String conversations, String memory, int sessions) {
        List<PiiCorpusValues.Snippet> snippets = PiiCorpusValues.snippetsWithPii();
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        try (DynamoDbClient client = dynamo.client()) {
            List<WriteRequest> batch = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                String customer = "bench-customer-" + (s % 2_000);
                String sessionId = "session-" + s;
                String pk = "C#" + customer + "#P#default#S#" + sessionId;
                String at = DAY + "T" + String.format("%02d:%02d:00Z", s % 24, s % 60);
                add(
                        batch,
                        client,
                        conversations,
                        Map.of(
                                "pk",
                                s(pk),
                                "sk",
                                s("SESSION"),
                                "sessionId",
                                s(sessionId),
                                "createdAt",
                                s(at),
                                "updatedAt",
                                s(at),
                                "customer",
                                s(customer),
                                "startDay",
                                s(at.substring(0, 10))));
                for (int t = 0; t < TURNS_PER_SESSION; t++) {
                    String turnId = sessionId + "-" + t;
                    PiiCorpusValues.Snippet pii = snippets.get((s * TURNS_PER_SESSION + t) % snippets.size());
                    add(
                            batch,
                            client,
                            conversations,
                            Map.of(
                                    "pk",
                                    s(pk),
                                    "sk",
                                    s(String.format("TURN#%010d", t + 1)),
                                    "turnId",
                                    s(turnId),
                                    "at",
                                    s(at),
                                    "customer",
                                    s(customer),
                                    "message",
                                    s(t % 2 == 0 ? pii.text() : "我的订单 " + (100_000 + s) + " 什么时候到？"),
                                    "reply",
                                    s("Your order " + (100_000 + s) + " ships within 2 days; we'll notify you.")));
                }
                int rating = s % 20 == 0 ? 2 : 5;
                add(
                        batch,
                        client,
                        conversations,
                        Map.of(
                                "pk",
                                s(pk),
                                "sk",
                                s("FEEDBACK#" + sessionId + "-0"),
                                "ratedTurn",
                                s(sessionId + "-0"),
                                "rating",
                                AttributeValue.fromN(Integer.toString(rating)),
                                "at",
                                s(at),
                                "customer",
                                s(customer)));
            }
            flush(batch, client, conversations);
        }
        for (int c = 0; c < 2_000; c += 50) {
            settings.save(
                    "bench-customer-" + c,
                    new CustomerSettings(false, false, false, "UTC", null, CustomerSettings.DEFAULTS.profiles()));
        }
    }

    private static void add(
            List<WriteRequest> batch, DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        batch.add(WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item).build())
                .build());
        if (batch.size() == 25) {
            flush(batch, client, table);
        }
    }

    private static void flush(List<WriteRequest> batch, DynamoDbClient client, String table) {
        Map<String, List<WriteRequest>> pending = new HashMap<>(Map.of(table, List.copyOf(batch)));
        batch.clear();
        while (!pending.isEmpty() && !pending.getOrDefault(table, List.of()).isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** What the heap held right after each pool's latest collection: the live set, not garbage awaiting collection. */
    private static long liveAfterGc() {
        return heapPools().stream()
                .filter(p -> p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
