package dev.rapport.benchmarks;

import dev.rapport.export.ExportManifest;
import dev.rapport.export.ExportRequest;
import dev.rapport.export.TrainingExport;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbConversationSource;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.files.FileSystemExportSink;
import dev.rapport.testing.BedrockConversationFormat;
import dev.rapport.testing.DynamoDbLocalServer;
import dev.rapport.testing.PiiCorpusValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The training-data export over 100,000 synthetic turns in DynamoDB Local (10,000 sessions of 10
 * turns; most rated 5, some rated 2, some of customers who turned memory off). Customer messages
 * carry raw personal values from the PII corpus — as if stored before redaction existed — so the
 * export's own de-identification is what is measured. Prints time, the live heap's growth over the
 * baseline (DynamoDB Local shares the heap and serves the scan inside that figure), lines checked
 * against Bedrock's format, and corpus values found in the output.
 *
 * <p>Run: {@code ./mvnw -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbenchmarks.only=export}
 */
final class ExportBenchmark {

    static final int SESSIONS = 10_000;
    static final int TURNS_PER_SESSION = 10;
    static final LocalDate DAY = LocalDate.parse("2026-11-24");

    private ExportBenchmark() {}

    static String run(DynamoDbLocalServer dynamo) throws IOException {
        String conversations = dynamo.createConversationTables().conversations();
        String memory = dynamo.createMemoryTable();
        long seedStart = System.nanoTime();
        seed(dynamo, conversations, memory);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Path folder = Files.createTempDirectory("export-benchmark");
        TrainingExport export = new TrainingExport(new DynamoDbConversationSource(dynamo.enhanced(), conversations),
                new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC()), new FileSystemExportSink(folder),
                new PiiRedactor(), "You are a helpful assistant.", Clock.systemUTC());

        System.gc();
        long before = liveAfterGc();
        long[] livePeak = {before};
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
        long peak = Math.max(livePeak[0], liveAfterGc()) - before;

        Path data = Path.of(manifest.data());
        Set<String> pii = PiiCorpusValues.all();
        long lines = 0;
        long malformed = 0;
        long leaks = 0;
        List<String> leaked = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                malformed += BedrockConversationFormat.violations(line).isEmpty() ? 0 : 1;
                for (String value : pii) {
                    if (line.contains(value)) {
                        leaks++;
                        if (leaked.size() < 5) {
                            leaked.add(value);
                        }
                    }
                }
            }
        }
        return String.format(Locale.ROOT, """
                Training-data export: %,d turns in %,d sessions (seeded in %.1f s)
                  exported           %,d conversations, %,d turns; excluded %s
                  time               %.1f s (%,.0f turns read per second)
                  live heap          at most %.0f MB above the baseline after any collection (max heap %d MB)
                  output             %.1f MB, %,d lines, %d not in Bedrock's format
                  raw PII in output  %d occurrences of %d corpus values %s
                """, (long) SESSIONS * TURNS_PER_SESSION, SESSIONS, seedSeconds, manifest.conversations(),
                manifest.turns(), manifest.excluded(), seconds, SESSIONS * TURNS_PER_SESSION / seconds,
                peak / 1048576.0, Runtime.getRuntime().maxMemory() >> 20, Files.size(data) / 1048576.0, lines,
                malformed, leaks, pii.size(), leaked.isEmpty() ? "" : leaked);
    }

    private static void seed(DynamoDbLocalServer dynamo, String conversations, String memory) {
        List<PiiCorpusValues.Snippet> snippets = PiiCorpusValues.snippetsWithPii();
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        try (DynamoDbClient client = dynamo.client()) {
            List<WriteRequest> batch = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                String customer = "bench-customer-" + (s % 2_000);
                String sessionId = "session-" + s;
                String pk = "C#" + customer + "#P#default#S#" + sessionId;
                String at = DAY + "T" + String.format("%02d:%02d:00Z", s % 24, s % 60);
                add(batch, client, conversations, Map.of("pk", s(pk), "sk", s("SESSION"), "sessionId", s(sessionId),
                        "createdAt", s(at), "updatedAt", s(at), "customer", s(customer)));
                for (int t = 0; t < TURNS_PER_SESSION; t++) {
                    String turnId = sessionId + "-" + t;
                    PiiCorpusValues.Snippet pii = snippets.get((s * TURNS_PER_SESSION + t) % snippets.size());
                    add(batch, client, conversations, Map.of("pk", s(pk), "sk", s(String.format("TURN#%010d", t + 1)),
                            "turnId", s(turnId), "at", s(at), "customer", s(customer),
                            "message", s(t % 2 == 0 ? pii.text() : "我的订单 " + (100_000 + s) + " 什么时候到？"),
                            "reply", s("Your order " + (100_000 + s) + " ships within 2 days; we'll notify you.")));
                }
                int rating = s % 20 == 0 ? 2 : 5;
                add(batch, client, conversations, Map.of("pk", s(pk), "sk", s("FEEDBACK#" + sessionId + "-0"),
                        "ratedTurn", s(sessionId + "-0"), "rating", AttributeValue.fromN(Integer.toString(rating)),
                        "at", s(at), "customer", s(customer)));
            }
            flush(batch, client, conversations);
        }
        for (int c = 0; c < 2_000; c += 50) {
            settings.save("bench-customer-" + c, new CustomerSettings(false, false, false, "UTC", null,
                    CustomerSettings.DEFAULTS.profiles()));
        }
    }

    private static void add(List<WriteRequest> batch, DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
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
        return heapPools().stream().filter(p -> p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
