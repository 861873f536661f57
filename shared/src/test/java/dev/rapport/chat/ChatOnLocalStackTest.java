package dev.rapport.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.identity.Caller;
import dev.rapport.model.offline.OfflineEngine;
import dev.rapport.storage.dynamodb.DynamoDbConversationStore;
import dev.rapport.testing.TestDynamoDb;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A chat turn with its storage on LocalStack instead of Rapport's engine: the same adapters, pointed
 * elsewhere by configuration. Opt-in with {@code RAPPORT_LOCALSTACK=true} where a Docker engine
 * answers (image {@code RAPPORT_LOCALSTACK_IMAGE}, default {@code localstack/localstack:4}).
 */
@EnabledIfEnvironmentVariable(
        named = "RAPPORT_LOCALSTACK",
        matches = "true",
        disabledReason = "opt-in: set RAPPORT_LOCALSTACK=true where a Docker engine answers")
class ChatOnLocalStackTest {

    @Test
    void aTurnIsAnsweredStoredAndRecalledWithLocalStackAsTheDatabase() {
        assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "RAPPORT_LOCALSTACK=true, but no Docker engine answers here");
        String image = System.getenv().getOrDefault("RAPPORT_LOCALSTACK_IMAGE", "localstack/localstack:4");
        try (LocalStackContainer localStack = new LocalStackContainer(
                        DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
                .withServices("dynamodb")) {
            localStack.start();
            TestDynamoDb dynamo = TestDynamoDb.at(localStack.getEndpoint());
            TestDynamoDb.ConversationTables tables = dynamo.createConversationTables();
            ChatService chat = ChatService.builder()
                    .store(new DynamoDbConversationStore(
                            dynamo.enhanced(), tables.conversations(), tables.idempotency()))
                    .model(new OfflineEngine())
                    .settings(new ChatSettings(
                            new ContextPolicy(4, 600), Duration.ofDays(90), Duration.ofHours(1), true, 200, 0, ""))
                    .build();
            Caller alice = new Caller("alice", Set.of());

            ChatReply first = chat.chat(alice, new ChatCommand("My order number is 12345", null, null, null, null));
            ChatReply second =
                    chat.chat(alice, new ChatCommand("What is my order number?", first.sessionId(), null, null, null));

            assertThat(second.sessionId()).isEqualTo(first.sessionId());
            assertThat(second.reply()).contains("12345");
            assertThat(new SessionHistory(
                                    new DynamoDbConversationStore(
                                            dynamo.enhanced(), tables.conversations(), tables.idempotency()),
                                    200)
                            .turns(alice, first.sessionId(), null))
                    .hasSize(2);
        }
    }
}
