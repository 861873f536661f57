package dev.rapport.chat;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rapport.actions.ActionDesk;
import dev.rapport.agents.RoutingCase;
import dev.rapport.agents.RoutingEvaluation;
import dev.rapport.agents.RuleSupervisor;
import dev.rapport.agents.Specialist;
import dev.rapport.agents.TieBreaker;
import dev.rapport.identity.Caller;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.bedrock.ConverseStub;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.DemoShop;
import dev.rapport.testing.TestDynamoDb;
import dev.rapport.tools.ToolRunner;
import dev.rapport.tools.Toolbox;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The held-out routing set's opening turns (no previous specialist, nothing pending) sent through whole chat
 * turns, on the offline engine and through the Converse wire stub: the reply's {@code agent} is the rule
 * supervisor's lead on both paths, so the supervisor's held-out figure is the turn's. The misses are not printed.
 */
class RoutedTurnsTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Caller alice = DemoShop.customer("routed-alice");
    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private ConversationStore store;
    private DemoShop shop;

    @BeforeEach
    void setUp() {
        server.start();
        TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
        store = new DynamoDbConversationStore(dynamo.enhanced(), tables.conversations(), tables.idempotency());
        shop = DemoShop.create(dynamo);
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void theOfflineTurnIsLedByTheSupervisorsChoice() {
        assertRoutedLikeTheSupervisor(new OfflineEngine());
    }

    @Test
    void theConverseTurnIsLedByTheSupervisorsChoice() {
        ConverseStub converse = new ConverseStub(server);
        converse.answer("Thanks, I can help with that.");
        assertRoutedLikeTheSupervisor(converse.model());
    }

    private void assertRoutedLikeTheSupervisor(ConversationModel model) {
        ChatService chat = chat(model);
        RuleSupervisor supervisor = new RuleSupervisor(TieBreaker.NONE);
        List<RoutingCase> opening = RoutingEvaluation.load(RoutingEvaluation.HELD_OUT).stream()
                .filter(c -> c.previous() == null && !c.pendingConfirmation())
                .toList();
        int right = 0;
        for (RoutingCase c : opening) {
            ChatReply reply = chat.chat(
                    alice,
                    new ChatCommand(
                            c.message(), null, null, null, UUID.randomUUID().toString()));
            Specialist chosen = supervisor.route(c.input()).lead();
            assertThat(reply.agent()).as(c.id()).isEqualTo(chosen.wireName());
            right += chosen == c.expectedLead() ? 1 : 0;
        }
        assertThat(opening).hasSizeGreaterThan(100);
        assertThat((double) right / opening.size())
                .as("opening turns led by the labelled specialist")
                .isGreaterThanOrEqualTo(0.90);
    }

    private ChatService chat(ConversationModel model) {
        return ChatService.builder()
                .store(store)
                .model(model)
                .settings(new ChatSettings(
                        new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                .tools(new ToolRunner(Toolbox.of(shop.catalog(), shop.orders()), new ActionDesk(shop.orders())))
                .supervisor(new RuleSupervisor(TieBreaker.NONE))
                .build();
    }
}
