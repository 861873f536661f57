package dev.rapport.wiring;

import dev.rapport.actions.ActionDesk;
import dev.rapport.agents.RuleSupervisor;
import dev.rapport.agents.Supervisor;
import dev.rapport.agents.TieBreaker;
import dev.rapport.catalog.Catalog;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.SessionHistory;
import dev.rapport.config.Environment;
import dev.rapport.feedback.FeedbackService;
import dev.rapport.feedback.FeedbackStore;
import dev.rapport.graph.CachedNames;
import dev.rapport.graph.GraphLookup;
import dev.rapport.graph.GraphStore;
import dev.rapport.handoff.HandoffQueue;
import dev.rapport.handoff.HandoffService;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelPricing;
import dev.rapport.orders.OrderStore;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.ChatReminders;
import dev.rapport.reminders.ReminderPlanner;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbErasureNotices;
import dev.rapport.storage.dynamodb.DynamoDbFeedbackStore;
import dev.rapport.storage.dynamodb.DynamoDbGraphStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.storage.dynamodb.DynamoDbIndexedCatalog;
import dev.rapport.storage.dynamodb.DynamoDbOrderStore;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import dev.rapport.tools.account.AccountServices;
import dev.rapport.tools.account.AccountTools;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The chat capability assembled from configuration: what the chat function runs. */
public record ChatApplication(
        ChatService chat,
        SessionHistory history,
        ModelPricing pricing,
        FeedbackService feedback,
        HandoffService handoffs) {

    public static ChatApplication fromEnvironment(Environment env) {
        DynamoDbClient dynamoDb = AwsClients.dynamoDbClient();
        DynamoDbEnhancedClient client = AwsClients.enhanced(dynamoDb);
        String conversations = env.get("CONVERSATIONS_TABLE", "rapport-local-conversations");
        ConversationStore store = new DynamoDbConversationStore(
                client,
                conversations,
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                env.get("MEMORY_TABLE", "rapport-local-memory"),
                env.get("REMINDERS_TABLE", "rapport-local-reminders"),
                ReminderApplication.dueSlots(env));
        ErasureGuard guard = new ErasureGuard(env.get("MEMORY_TABLE", "rapport-local-memory"), Clock.systemUTC());
        return builder()
                .store(store)
                .handoffQueue(new DynamoDbHandoffQueue(client, conversations))
                .feedback(new DynamoDbFeedbackStore(client, conversations, guard))
                .model(Models.fromEnvironment(env))
                .settings(ChatSettings.from(env))
                .pricing(ModelPricing.from(env))
                .tools(tools(client, env, account(env, conversations, dynamoDb)))
                .reminders(new ChatReminders(new ReminderPlanner(
                        new PiiRedactor(),
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString())))
                .knowledge(KnowledgeApplication.advisor(env, client))
                .supervisor(ChatApplication.supervisor())
                .build();
    }

    /** The rules alone route every deployed turn: no model call and no embedding model in a function jar. */
    static Supervisor supervisor() {
        return new RuleSupervisor(TieBreaker.NONE);
    }

    /** The catalog, the caller's orders and the actions on them, and the knowledge graph. */
    public static ToolRunner tools(DynamoDbEnhancedClient client, Environment env) {
        OrderStore orders = orders(client, env);
        return new ToolRunner(toolbox(client, env, orders), new ActionDesk(orders));
    }

    /**
     * The same tools and the account's (settings, memories, export and erasure asked for in chat), which run
     * the memory function's use cases and carry out what the customer confirmed.
     */
    static ToolRunner tools(DynamoDbEnhancedClient client, Environment env, AccountServices account) {
        OrderStore orders = orders(client, env);
        return new ToolRunner(
                toolbox(client, env, orders).with(AccountTools.of(account)),
                new ActionDesk(orders).with(AccountTools.actions(account)));
    }

    /**
     * The memory function's use cases for the account tools; a completed erasure is announced through the
     * conversations stream, whose consumer publishes it, as the chat function carries no EventBridge client.
     */
    private static AccountServices account(Environment env, String conversations, DynamoDbClient dynamoDb) {
        return MemoryApplication.fromEnvironment(env, new DynamoDbErasureNotices(dynamoDb, conversations), dynamoDb)
                .account();
    }

    private static OrderStore orders(DynamoDbEnhancedClient client, Environment env) {
        return new DynamoDbOrderStore(client, env.get("ORDERS_TABLE", "rapport-local-orders"));
    }

    private static Toolbox toolbox(DynamoDbEnhancedClient client, Environment env, OrderStore orders) {
        GraphStore graph = new DynamoDbGraphStore(client, env.get("GRAPH_TABLE", "rapport-local-graph"));
        CachedNames names =
                new CachedNames(graph, env.getDuration("GRAPH_REFRESH", Duration.ofMinutes(5)), Clock.systemUTC());
        return Toolbox.of(catalog(client, env), orders, new GraphLookup(graph, names), names);
    }

    /**
     * With {@code PRODUCTS_KNOWLEDGE_BASE_ID} set, searched in that knowledge base and read by SKU (the
     * table is never copied); otherwise held in memory, read on first use and every few minutes after.
     */
    static Catalog catalog(DynamoDbEnhancedClient client, Environment env) {
        String products = env.get("PRODUCTS_TABLE", "rapport-local-products");
        if (env.find("PRODUCTS_KNOWLEDGE_BASE_ID").isPresent()) {
            return new DynamoDbIndexedCatalog(client, products, KnowledgeBases.products(env));
        }
        return new DynamoDbCatalog(
                client, products, env.getDuration("CATALOG_REFRESH", Duration.ofMinutes(5)), Clock.systemUTC());
    }

    /** The one way to assemble chat; see {@link Builder} for what is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parts of the chat capability. Required: the conversation store, the handoff queue (the turns
     * write it into the store's table, so it reads that table; {@link HandoffQueue#NONE} for a store
     * that keeps none), the feedback store, the model and the settings. Optional, with
     * their defaults: list prices of none configured, no tools, knowledge or chat reminders, and the
     * UTC system clock.
     */
    public static final class Builder {

        private ConversationStore store;
        private HandoffQueue handoffQueue;
        private FeedbackStore feedback;
        private ConversationModel model;
        private ChatSettings settings;
        private ModelPricing pricing = ModelPricing.from(Environment.of(Map.of()));
        private ToolRunner tools = ToolRunner.NONE;
        private KnowledgeAdvisor knowledge = KnowledgeAdvisor.NONE;
        private ChatReminders reminders = ChatReminders.OFF;
        private Clock clock = Clock.systemUTC();
        /** None: one agent answers every turn with every tool. */
        private Supervisor supervisor;

        private Builder() {}

        public Builder store(ConversationStore store) {
            this.store = store;
            return this;
        }

        public Builder handoffQueue(HandoffQueue handoffQueue) {
            this.handoffQueue = handoffQueue;
            return this;
        }

        public Builder feedback(FeedbackStore feedback) {
            this.feedback = feedback;
            return this;
        }

        public Builder model(ConversationModel model) {
            this.model = model;
            return this;
        }

        public Builder settings(ChatSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder pricing(ModelPricing pricing) {
            this.pricing = Objects.requireNonNull(pricing, "pricing");
            return this;
        }

        public Builder tools(ToolRunner tools) {
            this.tools = Objects.requireNonNull(tools, "tools");
            return this;
        }

        public Builder knowledge(KnowledgeAdvisor knowledge) {
            this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
            return this;
        }

        public Builder reminders(ChatReminders reminders) {
            this.reminders = Objects.requireNonNull(reminders, "reminders");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Routes each turn to the specialists whose job it is, each with only its own tools. */
        public Builder supervisor(Supervisor supervisor) {
            this.supervisor = supervisor;
            return this;
        }

        /** @throws NullPointerException naming the first required part that was not given */
        public ChatApplication build() {
            // The chat service checks its own required parts (store, model, settings).
            ChatService chat = ChatService.builder()
                    .store(store)
                    .model(model)
                    .settings(settings)
                    .clock(clock)
                    .tools(tools)
                    .knowledge(knowledge)
                    .reminders(reminders)
                    .supervisor(supervisor)
                    .build();
            Objects.requireNonNull(handoffQueue, "ChatApplication needs a handoff queue");
            Objects.requireNonNull(feedback, "ChatApplication needs a feedback store");
            return new ChatApplication(
                    chat,
                    new SessionHistory(store, handoffQueue, settings.historyLimit()),
                    pricing,
                    new FeedbackService(feedback, new PiiRedactor(), clock),
                    new HandoffService(handoffQueue, new PiiRedactor(), clock));
        }
    }
}
