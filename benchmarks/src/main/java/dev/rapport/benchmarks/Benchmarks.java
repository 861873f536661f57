package dev.rapport.benchmarks;

import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.config.Environment;
import dev.rapport.identity.Caller;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.TestDynamoDb;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The chat turn measured on this machine: DynamoDB round trips and model calls per turn, our own
 * overhead without model and DynamoDB time, and how the prompt and the session item grow over a
 * long conversation, and the training export at its short size. Prints the figures and rewrites their
 * parts of docs/benchmarks.md, keeping the rest (see {@link BenchmarksDoc}). Run with {@code ./mvnw -Pbenchmarks}.
 */
public final class Benchmarks {

    static final int WARM_UP_TURNS = 300;
    static final int MEASURED_TURNS = 1_000;
    static final int TURNS_PER_SESSION = 20;

    /** The rate window is read and counted as in production, with a limit no benchmark customer reaches. */
    static final ChatSettings UNLIMITED =
            ChatSettings.from(Environment.of(Map.of("CUSTOMER_TURNS_PER_MINUTE", "1000000")));

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        String only = args.length > 0 ? args[0] : "all";
        if (only.equals("voice")) {
            VoiceBenchmark.main(new String[0]);
            System.exit(0);
        }
        if (only.equals(EngineBenchmark.PART)) {
            String figures = EngineBenchmark.run() + "\nMachine: " + String.join("; ", machine()) + ".\n";
            System.out.println(figures);
            BenchmarksDoc.write(BenchmarksDoc.PATH, EngineBenchmark.PART, figures);
            System.exit(0);
        }
        if (only.startsWith(RoutingBenchmark.PART)) {
            // routing: both sets, written to docs/benchmarks.md; routing:tuning the tuning set and its misses, printed
            // only.
            boolean heldOut = !only.endsWith(":tuning");
            String figures = RoutingBenchmark.run(heldOut) + "\nMachine: " + String.join("; ", machine()) + ".\n";
            System.out.println(figures);
            if (heldOut) {
                BenchmarksDoc.write(BenchmarksDoc.PATH, RoutingBenchmark.PART, figures);
            }
            System.exit(0);
        }
        if (only.startsWith("export")) {
            // -Dbenchmarks.only=export, or export:100000 for another number of turns; before the DynamoDB
            // engine starts in this JVM, whose heap is the export's alone.
            export(
                    only.contains(":")
                            ? Integer.parseInt(only.substring(only.indexOf(':') + 1))
                            : ExportBenchmark.DEFAULT_TURNS);
            System.exit(0);
        }
        TestDynamoDb dynamo = TestDynamoDb.shared();
        if (only.equals(ScaleBenchmark.PART)) {
            String figures = ScaleBenchmark.run(dynamo) + "\n" + CatalogScaleBenchmark.run(dynamo) + "\nMachine: "
                    + String.join("; ", machine()) + ".\n";
            System.out.println(figures);
            BenchmarksDoc.write(BenchmarksDoc.PATH, ScaleBenchmark.PART, figures);
            System.exit(0);
        }
        TimedCalls calls = new TimedCalls(new OfflineEngine());
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        ChatService chat = ChatService.builder()
                .store(new DynamoDbConversationStore(
                        dynamo.enhanced(calls),
                        tables.conversations(),
                        tables.idempotency(),
                        dynamo.createMemoryTable()))
                .model(calls)
                .settings(UNLIMITED)
                .build();

        if (only.startsWith("campaigns")) {
            // -Dbenchmarks.only=campaigns, or campaigns:10000,100000 for other sizes.
            int[] sizes = Arrays.stream(
                            (only.contains(":") ? only.substring(only.indexOf(':') + 1) : "10000,30000").split(","))
                    .mapToInt(Integer::parseInt)
                    .toArray();
            System.out.println(CampaignBenchmark.report(CampaignBenchmark.measure(dynamo, sizes)));
            System.exit(0);
        }
        if (only.equals("throughput")) {
            System.out.println(Report.throughput(Throughput.measure()));
            System.exit(0);
        }
        if (only.startsWith("cold-start:")) {
            // cold-start:chat or cold-start:breakdown, optionally :runs (10 by default).
            String[] parts = only.split(":");
            int runs = parts.length > 2 ? Integer.parseInt(parts[2]) : ColdStart.RUNS;
            boolean breakdown = parts[1].equals("breakdown");
            String figures = (breakdown
                            ? StartBreakdown.measure(ColdStarts.chat(dynamo), runs)
                            : Report.chatAgainstHello(ColdStarts.chatAgainstHello(dynamo, runs)))
                    + "\nMachine: " + String.join("; ", machine()) + "; load average at the end "
                    + String.format(
                            Locale.ROOT,
                            "%.1f",
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                    + " (other builds sharing the cores).\n";
            System.out.println(figures);
            BenchmarksDoc.write(BenchmarksDoc.PATH, breakdown ? "cold-start-breakdown" : "cold-start-chat", figures);
            System.exit(0);
        }
        ColdStarts.Figures coldStarts = ColdStarts.measure(dynamo);
        if (only.equals("cold-start")) {
            System.out.println(Report.coldStarts(coldStarts));
            System.exit(0);
        }
        CriticalPath critical = criticalPath(chat, calls);
        Growth growth = Growth.measure(chat, calls, dynamo, tables.conversations());
        Optional<Throughput.Result> throughput = Throughput.measure();
        String report = Report.markdown(coldStarts, critical, growth, throughput, machine());
        System.out.println(report);
        BenchmarksDoc.write(BenchmarksDoc.PATH, "suite", report);
        export(ExportBenchmark.DEFAULT_TURNS);
        System.out.println("Written to " + BenchmarksDoc.PATH.toAbsolutePath());
        System.exit(0);
    }

    /** The export's figures, printed and kept in their own part of docs/benchmarks.md. */
    private static void export(int turns) throws Exception {
        String figures = ExportBenchmark.run(turns);
        System.out.println(figures);
        BenchmarksDoc.write(BenchmarksDoc.PATH, ExportBenchmark.part(turns), figures);
    }

    /** Results of the critical-path run: per-turn maxima and our overhead's percentiles. */
    record CriticalPath(
            int turns, int maxRoundTrips, double meanRoundTrips, int maxModelCalls, double p50, double p99) {}

    static CriticalPath criticalPath(ChatService chat, TimedCalls calls) {
        run(chat, calls, WARM_UP_TURNS, new Timings(), new int[2], new long[1]);
        Timings overhead = new Timings();
        int[] maxima = new int[2];
        long[] roundTrips = new long[1];
        run(chat, calls, MEASURED_TURNS, overhead, maxima, roundTrips);
        return new CriticalPath(
                overhead.count(),
                maxima[0],
                roundTrips[0] / (double) overhead.count(),
                maxima[1],
                overhead.percentileMillis(50),
                overhead.percentileMillis(99));
    }

    /** Many customers, each a session of several turns; every other turn carries an Idempotency-Key. */
    private static void run(
            ChatService chat, TimedCalls calls, int turns, Timings overhead, int[] maxima, long[] roundTrips) {
        Caller caller = null;
        String session = null;
        for (int i = 0; i < turns; i++) {
            if (i % TURNS_PER_SESSION == 0) {
                caller = new Caller("bench-" + UUID.randomUUID(), Set.of());
                session = null;
            }
            String message = i % TURNS_PER_SESSION == 0
                    ? "My order number is " + (10_000 + i) + " and I live in Hangzhou"
                    : (i % 3 == 0 ? "What is my order number?" : "我想了解一下配送时间，谢谢 " + i);
            calls.reset();
            long start = System.nanoTime();
            ChatReply reply = chat.chat(
                    caller,
                    new ChatCommand(
                            message,
                            session,
                            null,
                            "en",
                            i % 2 == 0 ? UUID.randomUUID().toString() : null));
            long total = System.nanoTime() - start;
            session = reply.sessionId();
            overhead.add(total - calls.outsideNanos());
            maxima[0] = Math.max(maxima[0], calls.dynamoDbRequests());
            maxima[1] = Math.max(maxima[1], calls.modelCalls());
            roundTrips[0] += calls.dynamoDbRequests();
        }
    }

    /** The {@code JAVA_VERSION} of each JDK under /usr/lib/jvm, distinct. */
    static String installedJdks() {
        try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
            return dirs.map(d -> d.resolve("release"))
                    .filter(Files::isRegularFile)
                    .map(release -> {
                        try {
                            return Files.readAllLines(release).stream()
                                    .filter(l -> l.startsWith("JAVA_VERSION="))
                                    .map(l -> l.substring("JAVA_VERSION=".length())
                                            .replace("\"", ""))
                                    .findFirst()
                                    .orElse("?");
                        } catch (IOException e) {
                            return "?";
                        }
                    })
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "unknown";
        }
    }

    static List<String> machine() {
        List<String> lines = new ArrayList<>();
        lines.add("date " + LocalDate.now());
        lines.add(Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        lines.add("JDK " + System.getProperty("java.vm.vendor") + " "
                + System.getProperty("java.runtime.version").toLowerCase(Locale.ROOT));
        lines.add("JDKs installed: " + installedJdks() + " (only those at 21 or later run the functions' bytecode)");
        return lines;
    }
}
