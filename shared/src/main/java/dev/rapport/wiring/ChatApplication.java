package dev.rapport.wiring;

import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.chat.SessionHistory;
import dev.rapport.config.Environment;
import dev.rapport.feedback.FeedbackService;
import dev.rapport.feedback.FeedbackStore;
import dev.rapport.handoff.HandoffQueue;
import dev.rapport.handoff.HandoffService;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelPricing;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.ChatReminders;
import dev.rapport.reminders.ReminderPlanner;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbFeedbackStore;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.actions.ActionDesk;
import dev.rapport.catalog.Catalog;
import dev.rapport.orders.OrderStore;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbOrderStore;
import dev.rapport.tools.Toolbox;
import dev.rapport.tools.ToolRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/** The chat capability assembled from configuration: what the chat function runs. */
public record ChatApplication(ChatService chat, SessionHistory history, ModelPricing pricing, FeedbackService feedback,
                              HandoffService handoffs) {

    public static ChatApplication fromEnvironment(Environment env) {
        DynamoDbEnhancedClient client = AwsClients.dynamoDb();
        String conversations = env.get("CONVERSATIONS_TABLE", "rapport-local-conversations");
        ConversationStore store = new DynamoDbConversationStore(client, conversations,
                env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                env.get("MEMORY_TABLE", "rapport-local-memory"),
                env.get("REMINDERS_TABLE", "rapport-local-reminders"), ReminderApplication.dueSlots(env));
        ErasureGuard guard = new ErasureGuard(env.get("MEMORY_TABLE", "rapport-local-memory"), Clock.systemUTC());
        FeedbackStore feedback = new DynamoDbFeedbackStore(client, conversations, guard);
        ConversationModel model = Models.fromEnvironment(env);
        ChatSettings settings = ChatSettings.from(env);
        ModelPricing pricing = ModelPricing.from(env);
        ToolRunner tools = tools(client, env);
        ChatReminders reminders = new ChatReminders(
                new ReminderPlanner(new PiiRedactor(), Clock.systemUTC(), () -> UUID.randomUUID().toString()));
        return of(store, feedback, settings, pricing, ChatService.builder().store(store).model(model).settings(settings)
                .tools(tools).reminders(reminders).knowledge(KnowledgeApplication.advisor(env)));
    }

    /** The catalog (held in memory, re-read every few minutes), the caller's orders and the actions on them. */
    public static ToolRunner tools(DynamoDbEnhancedClient client, Environment env) {
        OrderStore orders = new DynamoDbOrderStore(client, env.get("ORDERS_TABLE", "rapport-local-orders"));
        Catalog catalog = new DynamoDbCatalog(client, env.get("PRODUCTS_TABLE", "rapport-local-products"),
                env.getDuration("CATALOG_REFRESH", Duration.ofMinutes(5)), Clock.systemUTC());
        return new ToolRunner(Toolbox.of(catalog, orders), new ActionDesk(orders));
    }

    /** The queue is read where the turns write it; a store that keeps no queue has nothing open. */
    public static HandoffService handoffs(ConversationStore store) {
        return new HandoffService(store instanceof HandoffQueue queue ? queue : HandoffQueue.NONE);
    }

    public static ChatApplication of(ConversationStore store, FeedbackStore feedback, ConversationModel model,
                                     ChatSettings settings) {
        return of(store, feedback, model, settings, ModelPricing.from(Environment.of(Map.of())));
    }

    public static ChatApplication of(ConversationStore store, FeedbackStore feedback, ConversationModel model,
                                     ChatSettings settings, ModelPricing pricing) {
        return of(store, feedback, model, settings, pricing, ToolRunner.NONE);
    }

    public static ChatApplication of(ConversationStore store, FeedbackStore feedback, ConversationModel model,
                                     ChatSettings settings, ModelPricing pricing, KnowledgeAdvisor knowledge) {
        return of(store, feedback, settings, pricing,
                ChatService.builder().store(store).model(model).settings(settings).knowledge(knowledge));
    }

    public static ChatApplication of(ConversationStore store, FeedbackStore feedback, ConversationModel model,
                                     ChatSettings settings, ModelPricing pricing, ToolRunner tools) {
        return of(store, feedback, settings, pricing, ChatService.builder().store(store).model(model).settings(settings).tools(tools));
    }

    private static ChatApplication of(ConversationStore store, FeedbackStore feedback, ChatSettings settings,
                                      ModelPricing pricing, ChatService.Builder chat) {
        ChatService service = chat.build();
        return new ChatApplication(service, new SessionHistory(store, settings.historyLimit()), pricing,
                new FeedbackService(feedback, new PiiRedactor(), Clock.systemUTC()), handoffs(store));
    }
}
