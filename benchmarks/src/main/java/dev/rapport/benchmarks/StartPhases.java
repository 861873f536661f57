package dev.rapport.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ConversationStore;
import dev.rapport.config.Environment;
import dev.rapport.functions.chat.ChatFunction;
import dev.rapport.http.apigateway.HttpApiFunction;
import dev.rapport.http.apigateway.JwtClaims;
import dev.rapport.json.Json;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.ModelPricing;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.reminders.ChatReminders;
import dev.rapport.reminders.ReminderPlanner;
import dev.rapport.snapstart.Priming;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbFeedbackStore;
import dev.rapport.storage.dynamodb.DynamoDbHandoffQueue;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.tools.ToolRunner;
import dev.rapport.wiring.AwsClients;
import dev.rapport.wiring.ChatApplication;
import dev.rapport.wiring.KnowledgeApplication;
import dev.rapport.wiring.Models;
import dev.rapport.wiring.ReminderApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The chat function's cold start cut into phases, for the breakdown in docs/benchmarks.md. Started
 * as the function is (the runtime client, the function's jar, its environment), this handler's
 * static init repeats {@code ChatFunction}'s init step by step, in the same order as
 * {@code ChatApplication.fromEnvironment}, and its first request splits the invocation; after each
 * step it prints a {@link #MARK} line with {@code System.nanoTime()} (one monotonic clock for every
 * process on Linux). Run with {@code -Xlog:class+load} on the same output, so the classes each step
 * loads fall between its marks. Keep the steps in step with the wiring they copy.
 */
public final class StartPhases implements RequestStreamHandler {

    static final String MARK = "START-PHASE ";

    private static final ChatFunction FUNCTION = init();

    private static ChatFunction init() {
        mark("JVM start and runtime client, to the handler class");
        Environment env = step("environment", Environment::system);
        step(
                "logging set-up (SLF4J, Log4j 2, Powertools layout)",
                () -> LoggerFactory.getLogger(HttpApiFunction.class));
        step("Jackson (Rapport's ObjectMapper)", () -> Json.MAPPER);
        DynamoDbClient low = step("DynamoDB client (SDK core, URL-connection HTTP)", AwsClients::dynamoDbClient);
        DynamoDbEnhancedClient client = step("DynamoDB Enhanced client", () -> AwsClients.enhanced(low));
        String conversations = env.get("CONVERSATIONS_TABLE", "rapport-local-conversations");
        String memory = env.get("MEMORY_TABLE", "rapport-local-memory");
        ChatApplication.Builder builder = ChatApplication.builder();
        step("table schemas and stores (the conversation store's; the rest on first use)", () -> {
            ConversationStore store = new DynamoDbConversationStore(
                    client,
                    conversations,
                    env.get("IDEMPOTENCY_TABLE", "rapport-local-idempotency"),
                    memory,
                    env.get("REMINDERS_TABLE", "rapport-local-reminders"),
                    ReminderApplication.dueSlots(env));
            return builder.store(store)
                    .handoffQueue(new DynamoDbHandoffQueue(client, conversations))
                    .feedback(new DynamoDbFeedbackStore(
                            client, conversations, new ErasureGuard(memory, Clock.systemUTC())));
        });
        ConversationModel model = step("model (MODEL_PROVIDER)", () -> Models.fromEnvironment(env));
        step(
                "chat settings and prices",
                () -> builder.model(model).settings(ChatSettings.from(env)).pricing(ModelPricing.from(env)));
        ToolRunner tools = step("tools (catalog, orders, actions)", () -> ChatApplication.tools(client, env));
        ChatReminders reminders = step(
                "chat reminders and PII redactor",
                () -> new ChatReminders(new ReminderPlanner(
                        new PiiRedactor(),
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString())));
        KnowledgeAdvisor knowledge = step("knowledge base (its load)", () -> KnowledgeApplication.advisor(env, client));
        ChatApplication app = step(
                "chat service assembled",
                () -> builder.tools(tools)
                        .reminders(reminders)
                        .knowledge(knowledge)
                        .build());
        return step("handler and SnapStart hook (org.crac)", () -> {
            ChatFunction function = new ChatFunction(app, new JwtClaims(env.get("GROUPS_CLAIM", "cognito:groups")));
            Priming.register("chat", () -> {});
            return function;
        });
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        mark("runtime client: first poll and the event");
        APIGatewayV2HTTPEvent event = Json.MAPPER.readValue(input, APIGatewayV2HTTPEvent.class);
        mark("request: event read (Jackson)");
        APIGatewayV2HTTPResponse response = FUNCTION.handleRequest(event, context);
        mark("request: the turn (HTTP layer, logs, metrics, 2 DynamoDB calls, model)");
        Json.MAPPER.writeValue(output, response);
        mark("request: response written (Jackson)");
    }

    private static <T> T step(String name, Supplier<T> step) {
        T result = step.get();
        mark(name);
        return result;
    }

    /** The end of a phase: everything since the previous mark belongs to {@code name}. */
    private static void mark(String name) {
        System.out.println(MARK + System.nanoTime() + " " + name);
    }
}
