package dev.rapport.local;

import dev.rapport.config.Environment;
import dev.rapport.local.auth.LocalJwtIssuer;
import dev.rapport.local.demo.DemoStore;
import dev.rapport.local.dynamodb.LocalDynamoDb;
import dev.rapport.local.dynamodb.TableProvisioner;
import dev.rapport.local.events.LocalEventBus;
import dev.rapport.local.http.LocalHttpServer;
import dev.rapport.local.http.RouteTable;
import dev.rapport.local.knowledge.DemoKnowledge;
import dev.rapport.local.knowledge.LocalKnowledgeBase;
import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.queues.LocalQueues;
import dev.rapport.local.schedules.LocalSchedules;
import dev.rapport.local.streams.DeadLetters;
import dev.rapport.local.streams.LocalStreams;
import dev.rapport.local.template.FunctionDefinition;
import dev.rapport.local.template.Route;
import dev.rapport.local.template.SamTemplate;
import dev.rapport.local.template.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole Rapport stack on 127.0.0.1, driven by template.yaml like {@code sam local start-api}:
 * Rapport's own DynamoDB engine (module local-dynamodb) with the template's tables and streams,
 * every function's real handler behind the template's HTTP API routes, a JWT authorizer with a
 * local key, and the web page.
 */
public final class LocalRapport implements AutoCloseable {

    /** The SDK's own endpoint setting for the Bedrock agent runtime (knowledge base Retrieve). */
    static final String KNOWLEDGE_BASE_ENDPOINT = "aws.endpointUrlBedrockAgentRuntime";

    /** Local mode needs no model and no AWS account; the template's AWS defaults would need both. */
    static final Map<String, String> LOCAL_DEFAULTS = Map.of(
            "Stage", "local", "ModelProvider", "offline", "EmbeddingsProvider", "none", "KnowledgeRefreshSeconds", "1");

    private final LocalDynamoDb dynamoDb;
    private final LocalStreams streams;
    private final LocalSchedules schedules;
    private final LocalEventBus eventBus;
    private final LocalQueues queues;
    private final Map<String, LocalFunction> functions;
    private final LocalHttpServer http;
    private final LocalJwtIssuer jwt;
    private final RouteTable routes;
    private final String modelProvider;
    private final Runnable restoreEnvironment;
    private final LocalKnowledgeBase knowledgeBase;

    private LocalRapport(
            LocalDynamoDb dynamoDb,
            LocalStreams streams,
            LocalSchedules schedules,
            LocalEventBus eventBus,
            LocalQueues queues,
            Map<String, LocalFunction> functions,
            LocalHttpServer http,
            LocalJwtIssuer jwt,
            RouteTable routes,
            String modelProvider,
            Runnable restoreEnvironment,
            LocalKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.eventBus = eventBus;
        this.functions = Map.copyOf(functions);
        this.streams = streams;
        this.schedules = schedules;
        this.queues = queues;
        this.restoreEnvironment = restoreEnvironment;
        this.dynamoDb = dynamoDb;
        this.http = http;
        this.jwt = jwt;
        this.routes = routes;
        this.modelProvider = modelProvider;
    }

    public static void main(String[] args) {
        LocalRapport stack;
        try {
            stack = start(LocalRapportOptions.fromEnvironment(Environment.system()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("Rapport local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        System.out.println(Banner.of(stack));
    }

    public static LocalRapport start(LocalRapportOptions options) {
        LocalHttpServer.configureJdkServer();
        SamTemplate template = SamTemplate.load(options.templatePath(), LOCAL_DEFAULTS, options.parameterOverrides());
        LocalDynamoDb dynamoDb = startDynamoDb(options);
        Runnable restoreEnvironment = () -> {};
        LocalStreams streams = null;
        LocalSchedules schedules = null;
        LocalEventBus eventBus = LocalEventBus.start(Set.copyOf(template.eventBuses()));
        LocalQueues queues = null;
        LocalKnowledgeBase knowledgeBase = null;
        try {
            List<TableDefinition> tables = template.tables();
            List<FunctionDefinition> definitions = template.functions();
            queues = LocalQueues.start(template.queues());
            Path demoStore = options.templatePath().toAbsolutePath().resolveSibling("demo-store");
            Map<String, String> localValues = new LinkedHashMap<>();
            localValues.put("EXPORT_DIR", exportDir(options).toString());
            knowledgeBase = startKnowledgeBase(template, demoStore);
            if (knowledgeBase != null) {
                localValues.put(
                        KNOWLEDGE_BASE_ENDPOINT, knowledgeBase.endpoint().toString());
            }
            restoreEnvironment = FunctionEnvironment.apply(
                    definitions, dynamoDb.endpoint(), eventBus.endpoint(), queues.endpoint(), localValues);
            Map<String, LocalFunction> functions = new LinkedHashMap<>();
            try (DynamoDbClient client = dynamoDb.client()) {
                TableProvisioner provisioner = new TableProvisioner(client);
                // The demo store goes in before the functions start (chat loads its knowledge index at
                // init) and before the streamed tables exist, so that the streams' first records are
                // the functions' own writes.
                List<TableDefinition> created = tables.stream()
                        .filter(t -> !t.hasStream())
                        .filter(provisioner::provision)
                        .toList();
                DemoKnowledge.load(demoStore, Environment.system());
                // Only into new tables: a data directory keeps what the demo did to its orders.
                seedDemoStore(demoStore, created, client);
                // The orders table is streamed (confirmed changes go out from it): its demo orders go in as it is
                // created; its stream's consumer passes over them, as it passes over every order.
                seedDemoStore(
                        demoStore,
                        tables.stream()
                                .filter(TableDefinition::hasStream)
                                .filter(provisioner::provision)
                                .toList(),
                        client);
                definitions.forEach(d -> functions.put(d.logicalId(), LocalFunction.load(d)));
                queues.startPolling(template.queueTriggers(), functions);
                eventBus.route(template.ruleTriggers(), functions);
                streams = LocalStreams.start(template.streams(), functions, dynamoDb.endpoint(), client);
            }
            schedules = LocalSchedules.start(
                    template.schedules(), functions, options.clock(), String.valueOf(template.parameter("Stage")));
            Object groupsClaim = template.parameter("GroupsClaim");
            LocalJwtIssuer jwt = new LocalJwtIssuer(
                    LocalJwtIssuer.ISSUER,
                    groupsClaim == null ? "cognito:groups" : groupsClaim.toString(),
                    Clock.systemUTC());
            RouteTable routes = new RouteTable(template.routes());
            Map<String, Object> health = Map.of(
                    "status",
                    "ok",
                    "functions",
                    List.copyOf(functions.keySet()),
                    "tables",
                    tables.stream().map(TableDefinition::tableName).toList(),
                    "routes",
                    routes.routes().stream().map(Route::routeKey).toList(),
                    "streams",
                    template.streams().stream()
                            .map(t -> t.tableName() + " -> " + t.function())
                            .toList(),
                    "schedules",
                    template.schedules().stream()
                            .map(t -> t.name() + " (" + t.expression() + ") -> " + t.function())
                            .toList(),
                    "rules",
                    template.ruleTriggers().stream()
                            .map(t -> t.busName() + " -> " + t.function())
                            .toList());
            LocalHttpServer http = LocalHttpServer.start(
                    options.httpPort(), routes, functions, jwt, () -> health, schedules, eventBus);
            return new LocalRapport(
                    dynamoDb,
                    streams,
                    schedules,
                    eventBus,
                    queues,
                    functions,
                    http,
                    jwt,
                    routes,
                    String.valueOf(template.parameter("ModelProvider")),
                    restoreEnvironment,
                    knowledgeBase);
        } catch (RuntimeException e) {
            if (schedules != null) {
                schedules.close();
            }
            if (streams != null) {
                streams.close();
            }
            if (queues != null) {
                queues.close();
            }
            if (knowledgeBase != null) {
                knowledgeBase.close();
            }
            restoreEnvironment.run();
            eventBus.close();
            dynamoDb.close();
            throw e;
        }
    }

    private static void seedDemoStore(Path dir, List<TableDefinition> created, DynamoDbClient client) {
        var enhanced = software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .build();
        for (TableDefinition table : created) {
            switch (table.logicalId()) {
                case "ProductsTable" -> DemoStore.loadProducts(dir, enhanced, table.tableName());
                case "OrdersTable" -> DemoStore.loadOrders(dir, enhanced, table.tableName());
                case "GraphTable" -> DemoStore.loadGraph(dir, enhanced, table.tableName());
                default -> {}
            }
        }
    }

    /**
     * With {@code KnowledgeBaseId} or {@code ProductsKnowledgeBaseId} set, the chat function retrieves
     * passages or searches products in a knowledge base: locally from a stand-in answering from the
     * demo store under either id, unless the SDK's endpoint setting already points somewhere (a real
     * knowledge base, with real credentials).
     */
    private static LocalKnowledgeBase startKnowledgeBase(SamTemplate template, Path demoStore) {
        Set<String> ids = new TreeSet<>();
        for (String parameter : List.of("KnowledgeBaseId", "ProductsKnowledgeBaseId")) {
            Object id = template.parameter(parameter);
            if (id != null && !id.toString().isBlank()) {
                ids.add(id.toString());
            }
        }
        boolean pointedElsewhere = System.getenv("AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME") != null
                || System.getProperty(KNOWLEDGE_BASE_ENDPOINT) != null;
        if (ids.isEmpty() || pointedElsewhere) {
            return null;
        }
        return LocalKnowledgeBase.start(ids, demoStore);
    }

    /** The local knowledge base stand-in, when either knowledge base parameter is set; empty otherwise. */
    public Optional<LocalKnowledgeBase> knowledgeBase() {
        return Optional.ofNullable(knowledgeBase);
    }

    /** Training-data exports land beside the data when it is kept, else in a fresh temporary folder. */
    static Path exportDir(LocalRapportOptions options) {
        try {
            return options.dataDir() != null
                    ? options.dataDir().resolve("exports").toAbsolutePath()
                    : Files.createTempDirectory("rapport-exports");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the training-data export job writes locally. */
    public Path exportDir() {
        return Path.of(System.getProperty("EXPORT_DIR"));
    }

    private static LocalDynamoDb startDynamoDb(LocalRapportOptions options) {
        int port = options.dynamoDbPort() == 0 ? freePort() : options.dynamoDbPort();
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException inUse) {
            throw new IllegalStateException("port " + port + " is in use; set RAPPORT_DYNAMODB_PORT to another port");
        }
        return LocalDynamoDb.start(port, options.dataDir());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int httpPort() {
        return http.port();
    }

    public int dynamoDbPort() {
        return dynamoDb.port();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + httpPort() + "/");
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    /** Deletes every item whose TTL has passed now, as the engine's background sweep does; returns how many. */
    public int expireItems() {
        return dynamoDb.expireItems();
    }

    /** The loaded functions by logical id. */
    public Map<String, LocalFunction> functions() {
        return functions;
    }

    public RouteTable routes() {
        return routes;
    }

    /** Delivers every stream record written so far to its functions, as the event source mappings would. */
    public int drainStreams() {
        return streams.drain();
    }

    /** The template's schedules, as the local stack fires them. */
    public LocalSchedules schedules() {
        return schedules;
    }

    /** The local EventBridge: what the functions published, and failure injection for tests. */
    public LocalEventBus eventBus() {
        return eventBus;
    }

    /** Delivers every visible message of the template's queues to its functions, as the SQS event sources would. */
    public int drainQueues() {
        return queues.drain();
    }

    /** The template's SQS queues, in ElasticMQ. */
    public LocalQueues queues() {
        return queues;
    }

    public DeadLetters deadLetters() {
        return streams.deadLetters();
    }

    /** The template's {@code ModelProvider}: {@code offline} unless overridden. */
    public String modelProvider() {
        return modelProvider;
    }

    public String mintToken(String subject, List<String> groups) {
        return jwt.mint(subject, groups);
    }

    @Override
    public void close() {
        http.close();
        schedules.close();
        streams.close();
        eventBus.close();
        queues.close();
        dynamoDb.close();
        if (knowledgeBase != null) {
            knowledgeBase.close();
        }
        restoreEnvironment.run();
    }
}
