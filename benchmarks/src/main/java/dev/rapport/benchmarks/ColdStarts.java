package dev.rapport.benchmarks;

import dev.rapport.testing.TestDynamoDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every function's cold start as deployed, beside the bare baseline, and the chat function again
 * with each start-up lever on its own, so what pays is measured rather than assumed.
 */
final class ColdStarts {

    /** The CDS archive a training cold start writes and the measured runs read. */
    static final Path CDS_ARCHIVE = Path.of("benchmarks", "target", "chat-function.jsa");

    /** @param functions hello first, then each function as template.yaml configures it */
    record Figures(List<ColdStart.Result> functions, List<ColdStart.Result> chatLevers) {

        ColdStart.Result hello() {
            return functions.get(0);
        }

        ColdStart.Result chat() {
            return functions.get(1);
        }
    }

    private static final String HTTP_OK = "\"statusCode\":200";

    private ColdStarts() {}

    static Figures measure(TestDynamoDb dynamo) throws Exception {
        String endpoint = dynamo.endpoint().toString();
        Map<String, String> tablesEnv = tables(dynamo);
        ColdStart.Subject hello = hello(endpoint);
        ColdStart.Subject chat = chat(endpoint, tablesEnv);
        ColdStart.Subject memory = function(
                "MemoryFunction",
                "memory",
                "dev.rapport.functions.memory.MemoryFunction",
                endpoint,
                tablesEnv,
                Files.readString(Path.of("events", "settings-get.json")),
                HTTP_OK);
        ColdStart.Subject curator = function(
                "MemoryCuratorFunction",
                "curator",
                "dev.rapport.functions.curator.MemoryCuratorFunction::handleRequest",
                endpoint,
                tablesEnv,
                Files.readString(Path.of("events", "turn-stream.json")),
                "\"batchItemFailures\":[]");

        ColdStart.Subject inquiry = function(
                "ImageInquiryFunction",
                "inquiry",
                "dev.rapport.functions.inquiry.ImageInquiryFunction",
                endpoint,
                tablesEnv,
                ColdStart.freshEvent("inquiry-image.json"),
                HTTP_OK);

        ColdStart.Subject reminders = function(
                "RemindersFunction",
                "reminders",
                "dev.rapport.functions.reminders.RemindersFunction",
                endpoint,
                tablesEnv,
                Files.readString(Path.of("events", "reminders-list.json")),
                HTTP_OK);
        ColdStart.Subject sweep = function(
                "ReminderSweepFunction",
                "reminders",
                "dev.rapport.functions.reminders.ReminderSweepFunction",
                endpoint,
                tablesEnv,
                Files.readString(Path.of("events", "reminder-sweep.json")),
                "\"delivered\":0");

        List<ColdStart.Result> functions = new ArrayList<>();
        for (ColdStart.Subject subject : List.of(hello, chat, memory, curator, inquiry, reminders, sweep)) {
            functions.add(ColdStart.measure(subject));
        }
        return new Figures(functions, levers(chat));
    }

    /**
     * The bare baseline and the chat function only, run by run in turn: the quick check of one
     * start-up change ({@code -Dbenchmarks.only=cold-start:chat}).
     */
    static List<ColdStart.Result> chatAgainstHello(TestDynamoDb dynamo, int runs) throws Exception {
        String endpoint = dynamo.endpoint().toString();
        ColdStart.Subject chat = chat(endpoint, tables(dynamo));
        List<ColdStart.Subject> subjects = new ArrayList<>(List.of(hello(endpoint), chat, primed(chat)));
        List<ColdStart.Subject> overlaid = overlaid(chat, System.getProperty("benchmarks.overlays", ""));
        subjects.addAll(overlaid);
        List<ColdStart.Subject> optioned = new ArrayList<>(List.of(hello(endpoint), chat));
        optioned.addAll(overlaid);
        subjects.addAll(withOptions(optioned, System.getProperty("benchmarks.options", "")));
        return ColdStart.interleaved(subjects, runs);
    }

    /**
     * A change measured before its jar is built: {@code -Dbenchmarks.overlays=name=dir,name=dir:dir}
     * adds a chat row per name, with those directories of classes and resources ahead of the jar on
     * the classpath, so each lever runs beside the jar as built in the same interleaved run; an entry
     * naming a {@code .jar} replaces the function's jar instead (an earlier build, for before and after).
     * Names hold no comma or equals sign.
     */
    private static List<ColdStart.Subject> overlaid(ColdStart.Subject chat, String overlays) {
        List<ColdStart.Subject> variants = new ArrayList<>();
        for (String overlay : overlays.split(",")) {
            if (overlay.isBlank()) {
                continue;
            }
            String[] named = overlay.split("=", 2);
            List<String> classpath = new ArrayList<>(List.of(named[1].split(":")));
            if (named[1].endsWith(".jar")) {
                classpath.addAll(chat.classpath().subList(1, chat.classpath().size()));
            } else {
                classpath.addAll(chat.classpath());
            }
            variants.add(new ColdStart.Subject(
                    chat.name() + " + " + named[0],
                    classpath,
                    chat.handler(),
                    chat.environment(),
                    chat.event(),
                    chat.success(),
                    chat.jarBytes(),
                    chat.javaOptions()));
        }
        return variants;
    }

    /**
     * JVM options measured before template.yaml takes them: {@code -Dbenchmarks.options=name=options;name=options}
     * adds a row per name for the baseline, the chat function and each overlay, each started with
     * template.yaml's options plus these, so a JVM setting is judged by what it does to the ratio, both
     * sides in the same run.
     */
    private static List<ColdStart.Subject> withOptions(List<ColdStart.Subject> pair, String options) {
        List<ColdStart.Subject> variants = new ArrayList<>();
        for (String option : options.split(";")) {
            if (option.isBlank()) {
                continue;
            }
            String[] named = option.split("=", 2);
            for (ColdStart.Subject subject : pair) {
                variants.add(subject.withOptions("+ " + named[0], subject.javaOptions() + " " + named[1]));
            }
        }
        return variants;
    }

    /** The chat function as template.yaml configures it, for the breakdown's probe to start alike. */
    static ColdStart.Subject chat(TestDynamoDb dynamo) throws Exception {
        return chat(dynamo.endpoint().toString(), tables(dynamo));
    }

    /** Tables as deployed, empty, and the environment naming them. */
    private static Map<String, String> tables(TestDynamoDb dynamo) throws Exception {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        String memoryTable = dynamo.createMemoryTable();
        String remindersTable = dynamo.createRemindersTable();
        // The photo question asks the catalog tool, which scans the products table: it must exist, as deployed.
        String productsTable = dynamo.createProductsTable();
        // The chat function loads the knowledge index at init; as deployed, its table exists (and is empty here).
        String knowledgeTable = dynamo.createKnowledgeTable();
        String ordersTable = dynamo.createOrdersTable();
        // Every run answers the same event's customer, dozens of times a minute: no per-customer limit here.
        Map<String, String> env = new HashMap<>(Map.of("KNOWLEDGE_TABLE", knowledgeTable, "ORDERS_TABLE", ordersTable));
        env.putAll(Map.of(
                "CONVERSATIONS_TABLE",
                tables.conversations(),
                "IDEMPOTENCY_TABLE",
                tables.idempotency(),
                "MEMORY_TABLE",
                memoryTable,
                "MODEL_PROVIDER",
                "offline",
                "POWERTOOLS_SERVICE_NAME",
                "rapport",
                "POWERTOOLS_METRICS_NAMESPACE",
                "Rapport/bench",
                "CUSTOMER_TURNS_PER_MINUTE",
                "0",
                "REMINDERS_TABLE",
                remindersTable,
                "PRODUCTS_TABLE",
                productsTable));
        return env;
    }

    private static ColdStart.Subject hello(String endpoint) {
        return new ColdStart.Subject(
                "hello (baseline)",
                classpath(Path.of("benchmarks", "target", "classes")),
                HelloHandler.class.getName() + "::handleRequest",
                ColdStart.awsEnvironment(endpoint, "Hello"),
                "{}",
                "hello",
                0,
                ColdStart.JAVA_TOOL_OPTIONS);
    }

    private static ColdStart.Subject chat(String endpoint, Map<String, String> tablesEnv) throws Exception {
        return function(
                "ChatFunction",
                "chat",
                "dev.rapport.functions.chat.ChatFunction",
                endpoint,
                tablesEnv,
                ColdStart.freshEvent("chat.json"),
                HTTP_OK);
    }

    /** One lever at a time against the deployed configuration. */
    private static List<ColdStart.Result> levers(ColdStart.Subject chat) throws Exception {
        List<ColdStart.Result> levers = new ArrayList<>();
        levers.add(ColdStart.measure(chat.withOptions("with full tiered compilation (no JAVA_TOOL_OPTIONS)", "")));
        Files.deleteIfExists(CDS_ARCHIVE);
        ColdStart.measure(
                chat.withOptions(
                        "CDS training",
                        ColdStart.JAVA_TOOL_OPTIONS + " -XX:ArchiveClassesAtExit=" + CDS_ARCHIVE.toAbsolutePath()),
                1);
        if (Files.exists(CDS_ARCHIVE)) {
            levers.add(ColdStart.measure(chat.withOptions(
                    "with an AppCDS archive of its classes",
                    ColdStart.JAVA_TOOL_OPTIONS + " -XX:SharedArchiveFile=" + CDS_ARCHIVE.toAbsolutePath())));
        }
        levers.add(ColdStart.measure(primed(chat)));
        return levers;
    }

    /** The chat function with its priming hooks run at the end of init, as a SnapStart snapshot is taken. */
    private static ColdStart.Subject primed(ColdStart.Subject chat) {
        Map<String, String> primedEnv = new HashMap<>(chat.environment());
        primedEnv.put("SNAPSHOT_HANDLER", "dev.rapport.functions.chat.ChatFunction");
        List<String> primedClasspath = new ArrayList<>(chat.classpath());
        primedClasspath.add(Path.of("benchmarks", "target", "classes").toString());
        return new ColdStart.Subject(
                chat.name() + " primed at init (SnapStart stand-in)",
                primedClasspath,
                SnapshotStandIn.class.getName(),
                primedEnv,
                chat.event(),
                chat.success(),
                chat.jarBytes(),
                ColdStart.JAVA_TOOL_OPTIONS);
    }

    private static ColdStart.Subject function(
            String name,
            String module,
            String handler,
            String endpoint,
            Map<String, String> tablesEnv,
            String event,
            String success)
            throws Exception {
        Path jar = Path.of("functions", module, "target", module + "-function.jar");
        Map<String, String> env = ColdStart.awsEnvironment(endpoint, name);
        env.putAll(tablesEnv);
        return new ColdStart.Subject(
                name, classpath(jar), handler, env, event, success, Files.size(jar), ColdStart.JAVA_TOOL_OPTIONS);
    }

    private static List<String> classpath(Path code) {
        List<String> entries = new ArrayList<>(List.of(code.toString()));
        entries.addAll(ColdStart.runtimeClientClasspath());
        return entries;
    }
}
