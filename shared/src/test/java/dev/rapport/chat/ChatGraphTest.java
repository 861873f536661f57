package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.actions.ActionDesk;
import dev.rapport.graph.DemoGraph;
import dev.rapport.identity.Caller;
import dev.rapport.knowledge.KnowledgeAdvisor;
import dev.rapport.knowledge.KnowledgeFiles;
import dev.rapport.knowledge.KnowledgeIndex;
import dev.rapport.knowledge.KnowledgeSettings;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.testing.TestDynamoDb.RequestCounter;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The knowledge graph in a chat turn: the offline engine calls {@code graph_lookup} over the demo
 * graph, beside the demo store's FAQs, and the reply cites the edges it states.
 */
class ChatGraphTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final RequestCounter roundTrips = new RequestCounter();
    private final Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
    private ChatService chat;

    @BeforeEach
    void setUp() {
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        DemoGraph graph = DemoGraph.create(dynamo);
        DemoShop shop = DemoShop.create(dynamo);
        KnowledgeIndex index =
                new KnowledgeIndex(KnowledgeFiles.read(Path.of("../demo-store")).snapshot(null), null, 1.0);
        chat = ChatService.builder()
                .store(new DynamoDbConversationStore(
                        dynamo.enhanced(roundTrips), tables.conversations(), tables.idempotency()))
                .model(new OfflineEngine())
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .knowledge(new KnowledgeAdvisor(() -> index, KnowledgeSettings.DEFAULTS))
                .tools(new ToolRunner(
                        Toolbox.of(shop.catalog(), shop.orders(), graph.lookup(), graph.names()),
                        new ActionDesk(shop.orders())))
                .build();
    }

    @Test
    void thisPhoneAfterNamingItGetsTheCompatibleChargerFromTheGraphWithItsCitation() {
        ChatReply first = chat.chat(alice, new ChatCommand("我刚买了极光 X1 手机", null, null, null, null));
        roundTrips.reset();

        ChatReply reply = chat.chat(alice, new ChatCommand("这个手机能用哪个充电器？", first.sessionId(), null, null, null));

        assertThat(reply.reply()).contains("100W 三口氮化镓充电器").doesNotContain("[PH-");
        assertThat(reply.citations())
                .extracting(ChatReply.Citation::id)
                .contains("PH-AURORA-X1:compatible_with:CH-GAN-100");
        assertThat(reply.source()).isEqualTo(ChatReply.FROM_MODEL);
        assertThat(roundTrips.count()).as("the turn's own reads and writes").isEqualTo(2);
    }

    @Test
    void aTroubleshootingConversationWalksTheStepsOneATimeAndHandsOverWhenTheyRunOut() {
        ChatReply first = chat.chat(
                alice, new ChatCommand("My Echo Buds 2 earbuds won't connect to my phone", null, null, null, null));
        String session = first.sessionId();
        ChatReply second = chat.chat(alice, new ChatCommand("That didn't help", session, null, null, null));
        ChatReply third = chat.chat(alice, new ChatCommand("Still not working", session, null, null, null));
        ChatReply fourth = chat.chat(alice, new ChatCommand("No luck", session, null, null, null));

        assertThat(first.reply()).contains("Turn Bluetooth on");
        assertThat(first.citations())
                .extracting(ChatReply.Citation::id)
                .contains(
                        "sym-buds-no-pair:caused_by:cause-bluetooth-off",
                        "cause-bluetooth-off:fixed_by:fix-bluetooth-on");
        assertThat(second.citations())
                .extracting(ChatReply.Citation::id)
                .contains("cause-old-pairing:fixed_by:fix-forget-device");
        assertThat(third.citations())
                .extracting(ChatReply.Citation::id)
                .contains("cause-old-pairing:fixed_by:fix-buds-repair");
        assertThat(List.of(first, second, third)).noneMatch(ChatReply::handoff);
        assertThat(fourth.handoff()).isTrue();
        assertThat(fourth.reply()).contains("colleague");
    }
}
