package dev.rapport.testing;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Rapport's own DynamoDB engine ({@link EmbeddedDynamoDb}, module local-dynamodb), in this JVM, in
 * memory, on a free port, started once per test JVM. Each test class creates its own uniquely named
 * tables, so classes never see each other's data.
 *
 * <p>Expired items are not swept in the background here, so that a test sees the items it wrote
 * until it asks for expiry itself with {@link #expireItems()}.
 */
public final class TestDynamoDb {

    private static TestDynamoDb instance;

    private final URI endpoint;
    private final EmbeddedDynamoDb engine;

    private TestDynamoDb(URI endpoint, EmbeddedDynamoDb engine) {
        this.endpoint = endpoint;
        this.engine = engine;
    }

    public static synchronized TestDynamoDb shared() {
        if (instance == null) {
            EmbeddedDynamoDb engine;
            try {
                engine = EmbeddedDynamoDb.builder()
                        .port(0)
                        .dataDir(null)
                        .ttlSweepInterval(Duration.ofDays(365))
                        .build();
            } catch (RuntimeException e) {
                throw new IllegalStateException("The embedded DynamoDB engine did not start", e);
            }
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    engine.close();
                                } catch (RuntimeException ignored) {
                                    // The JVM is going away with the in-memory tables anyway.
                                }
                            },
                            "test-dynamodb-close"));
            instance = new TestDynamoDb(engine.endpoint(), engine);
        }
        return instance;
    }

    /** A DynamoDB endpoint already listening elsewhere (another process), with the same helpers. */
    public static TestDynamoDb at(URI endpoint) {
        return new TestDynamoDb(endpoint, null);
    }

    /** Deletes every item whose TTL has passed, now, writing the REMOVE stream records; returns how many. */
    public int expireItems() {
        return engine().expireItems();
    }

    /** The engine of {@link #shared()}; not available for {@link #at(URI)}. */
    public EmbeddedDynamoDb engine() {
        if (engine == null) {
            throw new IllegalStateException("No engine in this JVM: this fixture talks to " + endpoint);
        }
        return engine;
    }

    public URI endpoint() {
        return endpoint;
    }

    public DynamoDbClient client(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)))
                .build();
    }

    public DynamoDbEnhancedClient enhanced(ExecutionInterceptor... interceptors) {
        return DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client(interceptors))
                .build();
    }

    /**
     * Scans the tables for anything keyed by or tagged with the customer, as an auditor would. The erasure
     * marker (key and expiry only, gone after the guard period) is what keeps the rest away, so it is not counted.
     */
    public long itemsHolding(String customerHash, List<String> tables) {
        long count = 0;
        try (DynamoDbClient client = client()) {
            for (String table : tables) {
                for (Map<String, AttributeValue> item :
                        client.scanPaginator(b -> b.tableName(table)).items()) {
                    AttributeValue sortKey = item.get("sk");
                    if (item.toString().contains(customerHash) && !(sortKey != null && "ERASURE".equals(sortKey.s()))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Creates the two chat tables as template.yaml declares them, under fresh names. */
    public ConversationTables createConversationTables() {
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
        ConversationTables tables = new ConversationTables(prefix + "-conversations", prefix + "-idempotency");
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(tables.conversations())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute("pk"),
                            attribute("sk"),
                            attribute("customer"),
                            attribute("turnId"),
                            attribute("handoffQueue"),
                            attribute("createdAt"),
                            attribute("startDay"))
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .globalSecondaryIndexes(BY_CUSTOMER, BY_TURN, OPEN_HANDOFFS, SESSIONS_BY_DAY));
            client.createTable(b -> b.tableName(tables.idempotency())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute("id"), attribute("customer"))
                    .keySchema(key("id", KeyType.HASH))
                    .globalSecondaryIndexes(BY_CUSTOMER));
        }
        return tables;
    }

    public record ConversationTables(String conversations, String idempotency) {}

    /** Creates the memory table as template.yaml declares it (pk, sk, byCustomer, audience), under a fresh name. */
    public String createMemoryTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-memory";
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute("pk"), attribute("sk"), attribute("customer"), attribute("audienceShard"))
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .globalSecondaryIndexes(BY_CUSTOMER, AUDIENCE));
        }
        return name;
    }

    /** A knowledge table as template.yaml declares it: FAQs, documents and passages under one hash key. */
    public String createKnowledgeTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-knowledge";
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute("pk"))
                    .keySchema(key("pk", KeyType.HASH)));
        }
        return name;
    }

    /** Creates the reminders table as template.yaml declares it (pk, sk, byCustomer, due), under a fresh name. */
    public String createRemindersTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-reminders";
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute("pk"),
                            attribute("sk"),
                            attribute("customer"),
                            attribute("dueSlot"),
                            attribute("dueAt"))
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .globalSecondaryIndexes(
                            BY_CUSTOMER,
                            GlobalSecondaryIndex.builder()
                                    .indexName("due")
                                    .keySchema(key("dueSlot", KeyType.HASH), key("dueAt", KeyType.RANGE))
                                    .projection(p -> p.projectionType(ProjectionType.ALL))
                                    .build()));
        }
        return name;
    }

    /** Creates the orders table as template.yaml declares it (pk, sk, byCustomer), under a fresh name. */
    public String createOrdersTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-orders";
        createKeyValueTable(name);
        return name;
    }

    /** Creates the products table as template.yaml declares it (sku), under a fresh name. */
    public String createProductsTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-products";
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute("sku"))
                    .keySchema(key("sku", KeyType.HASH)));
        }
        return name;
    }

    /** Creates the analytics table as template.yaml declares it (pk, sk), under a fresh name. */
    public String createAnalyticsTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-analytics";
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute("pk"), attribute("sk"))
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE)));
        }
        return name;
    }

    /** Creates the campaigns table as template.yaml declares it (pk, sk, byCustomer, due), under a fresh name. */
    public String createCampaignsTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-campaigns";
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute("pk"),
                            attribute("sk"),
                            attribute("customer"),
                            attribute("dueKey"),
                            attribute("dueAt"))
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .globalSecondaryIndexes(
                            BY_CUSTOMER,
                            GlobalSecondaryIndex.builder()
                                    .indexName("due")
                                    .keySchema(key("dueKey", KeyType.HASH), key("dueAt", KeyType.RANGE))
                                    .projection(p -> p.projectionType(ProjectionType.ALL))
                                    .build()));
        }
        return name;
    }

    /** Creates the graph table as template.yaml declares it (pk, sk, inverted index incoming), freshly named. */
    public String createGraphTable() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8) + "-graph";
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute("pk"), attribute("sk"), attribute("to"), attribute("link"))
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                            .indexName("incoming")
                            .keySchema(key("to", KeyType.HASH), key("link", KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.ALL))
                            .build()));
        }
        return name;
    }

    private void createKeyValueTable(String name) {
        try (DynamoDbClient client = client()) {
            client.createTable(b -> b.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute("pk"), attribute("sk"), attribute("customer"))
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .globalSecondaryIndexes(BY_CUSTOMER));
        }
    }

    /** Counts the DynamoDB requests a client makes, for round-trip assertions. */
    public static final class RequestCounter implements ExecutionInterceptor {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            count.incrementAndGet();
        }

        public int count() {
            return count.get();
        }

        public void reset() {
            count.set(0);
        }
    }

    /** The sparse turn index of template.yaml, which feedback reads. */
    private static final GlobalSecondaryIndex BY_TURN = GlobalSecondaryIndex.builder()
            .indexName("byTurn")
            .keySchema(key("turnId", KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("customer", "expiresAt"))
            .build();

    /** The sparse handoff queue of template.yaml: only open handoffs carry {@code handoffQueue}. */
    private static final GlobalSecondaryIndex OPEN_HANDOFFS = GlobalSecondaryIndex.builder()
            .indexName("openHandoffs")
            .keySchema(key("handoffQueue", KeyType.HASH), key("createdAt", KeyType.RANGE))
            .projection(p -> p.projectionType(ProjectionType.ALL))
            .build();

    /** The sparse index of sessions by their UTC start day, which the training export reads. */
    private static final GlobalSecondaryIndex SESSIONS_BY_DAY = GlobalSecondaryIndex.builder()
            .indexName("sessionsByDay")
            .keySchema(key("startDay", KeyType.HASH), key("createdAt", KeyType.RANGE))
            .projection(p ->
                    p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("customer", "sessionId", "handedOffAt"))
            .build();

    /** The sparse audience index of template.yaml's memory table, which campaigns read. */
    private static final GlobalSecondaryIndex AUDIENCE = GlobalSecondaryIndex.builder()
            .indexName("audience")
            .keySchema(key("audienceShard", KeyType.HASH), key("customer", KeyType.RANGE))
            .projection(p -> p.projectionType(ProjectionType.ALL))
            .build();

    /** The sparse keys-only customer index of template.yaml, which export and erasure read. */
    private static final GlobalSecondaryIndex BY_CUSTOMER = GlobalSecondaryIndex.builder()
            .indexName("byCustomer")
            .keySchema(key("customer", KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
            .build();

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
