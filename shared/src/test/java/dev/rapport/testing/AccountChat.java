package dev.rapport.testing;

import dev.rapport.actions.ActionDesk;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.ChatSettings;
import dev.rapport.chat.ContextPolicy;
import dev.rapport.chat.SessionHistory;
import dev.rapport.chat.Turn;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.memory.MemoryCurator;
import dev.rapport.memory.MemoryService;
import dev.rapport.memory.RuleBasedExtractor;
import dev.rapport.memory.TurnRecorded;
import dev.rapport.model.ConversationModel;
import dev.rapport.personaldata.PersonalDataService;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.settings.Profiles;
import dev.rapport.settings.SettingsService;
import dev.rapport.storage.dynamodb.DynamoDbBirthdayAudience;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.dynamodb.DynamoDbTurnLedger;
import dev.rapport.storage.dynamodb.ErasureGuard;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import dev.rapport.tools.account.AccountServices;
import dev.rapport.tools.account.AccountTools;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Chat with the shop's tools and the account's, wired as the chat function wires them, over fresh tables
 * in the embedded DynamoDB; turns can be curated into memory at once, as the conversations stream would.
 *
 * @param tables every table a customer's data lives in here, for an audit that nothing is left
 * @param announced the customers whose erasure was announced
 */
public record AccountChat(
        ChatService chat,
        AccountServices services,
        DemoShop shop,
        MemoryCurator curator,
        SessionHistory history,
        List<String> tables,
        List<String> announced) {

    public static AccountChat over(ConversationModel model, TestDynamoDb dynamo) {
        TestDynamoDb.ConversationTables conversations = dynamo.createConversationTables();
        String memory = dynamo.createMemoryTable();
        DemoShop shop = DemoShop.create(dynamo);
        List<DynamoDbPersonalData.Table> held = List.of(
                new DynamoDbPersonalData.Table("conversations", conversations.conversations(), List.of("pk", "sk")),
                new DynamoDbPersonalData.Table("idempotency", conversations.idempotency(), List.of("id")),
                new DynamoDbPersonalData.Table("memory", memory, List.of("pk", "sk")),
                new DynamoDbPersonalData.Table("orders", shop.ordersTable(), List.of("pk", "sk")));
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(dynamo.enhanced(), memory, Clock.systemUTC());
        DynamoDbMemoryStore memories = new DynamoDbMemoryStore(dynamo.client(), memory, Clock.systemUTC());
        DynamoDbBirthdayAudience audience = new DynamoDbBirthdayAudience(dynamo.client(), memory, Clock.systemUTC());
        MemoryService memoryService =
                new MemoryService(memories, new Profiles(settings), new PiiRedactor(), 200, audience);
        List<String> announced = new CopyOnWriteArrayList<>();
        AccountServices services = new AccountServices(
                new SettingsService(
                        settings, new DynamoDbProfileData(dynamo.client(), held), memoryService::dropSensitive),
                memoryService,
                new PersonalDataService(
                        new DynamoDbPersonalData(
                                dynamo.client(),
                                held,
                                new ErasureGuard(memory, Clock.systemUTC()),
                                ErasureGuard.DEFAULT_PERIOD),
                        (customer, at) -> announced.add(customer),
                        Clock.systemUTC()));
        // With the memory table, as the chat function wires it: each turn checks the erasure marker.
        DynamoDbConversationStore store = new DynamoDbConversationStore(
                dynamo.enhanced(), conversations.conversations(), conversations.idempotency(), memory);
        ChatService chat = ChatService.builder()
                .store(store)
                .model(model)
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(
                        Toolbox.of(shop.catalog(), shop.orders()).with(AccountTools.of(services)),
                        new ActionDesk(shop.orders()).with(AccountTools.actions(services))))
                .build();
        MemoryCurator curator = new MemoryCurator(
                new RuleBasedExtractor(),
                memories,
                settings,
                new DynamoDbTurnLedger(dynamo.enhanced(), conversations.conversations()),
                200,
                audience);
        return new AccountChat(
                chat,
                services,
                shop,
                curator,
                new SessionHistory(store, 200),
                held.stream().map(DynamoDbPersonalData.Table::name).toList(),
                announced);
    }

    /** One turn, as the customer sends it. */
    public ChatReply say(Caller caller, String sessionId, String profile, String message) {
        return chat.chat(caller, new ChatCommand(message, sessionId, profile, null, null));
    }

    /** One turn of {@code profile} (null: default), curated into memory before this returns. */
    public ChatReply tell(Caller caller, String profile, String message) {
        return curated(caller, profile, say(caller, null, profile, message));
    }

    /** The reply, after the curator ran on its turn (with its consent answer) as the stream would deliver it. */
    public ChatReply curated(Caller caller, String profile, ChatReply reply) {
        Turn turn = history.turns(caller, reply.sessionId(), profile).getLast();
        curator.curate(new TurnRecorded(
                Owner.of(caller, profile),
                reply.sessionId(),
                turn.seq(),
                turn.turnId(),
                turn.at(),
                turn.message(),
                turn.consentAnswer()));
        return reply;
    }
}
