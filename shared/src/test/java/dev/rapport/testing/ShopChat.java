package dev.rapport.testing;

import dev.rapport.actions.ActionDesk;
import dev.rapport.agents.Supervisor;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.ConversationStore;
import dev.rapport.model.ConversationModel;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import java.time.Duration;

/**
 * A chat service over fresh tables in the embedded DynamoDB with the demo shop's tools, for a model adapter's turns.
 */
public record ShopChat(
        DemoShop shop, ConversationStore store, ChatService chat, TestDynamoDb.ConversationTables tables) {

    public static ShopChat over(ConversationModel model, TestDynamoDb dynamo) {
        return over(model, dynamo, null);
    }

    /** With specialists: {@code supervisor} routes each turn, and each specialist gets only its own tools. */
    public static ShopChat over(ConversationModel model, TestDynamoDb dynamo, Supervisor supervisor) {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        DemoShop shop = DemoShop.create(dynamo);
        ConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(), tables.conversations(), tables.idempotency(), dynamo.createMemoryTable());
        ChatService chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders())))
                .supervisor(supervisor)
                .build();
        return new ShopChat(shop, store, chat, tables);
    }
}
