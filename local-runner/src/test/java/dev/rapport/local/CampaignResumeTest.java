package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignQueue;
import dev.rapport.campaigns.CampaignStarter;
import dev.rapport.campaigns.CampaignStatus;
import dev.rapport.campaigns.CampaignWorker;
import dev.rapport.campaigns.CampaignWriter;
import dev.rapport.campaigns.QuietHours;
import dev.rapport.campaigns.Segment;
import dev.rapport.campaigns.Stats;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.local.queues.LocalQueues;
import dev.rapport.local.template.QueueDefinition;
import dev.rapport.queues.sqs.SqsCampaignQueue;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.CampaignStores;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A campaign starter that dies mid-audience, on the embedded DynamoDB and ElasticMQ: the campaign stays
 * claimed while the dead starter's lease runs, a later sweep goes on from the last recorded page,
 * and every customer of the segment gets exactly one message although one page reached the queue
 * twice.
 */
class CampaignResumeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    /** Longer than any starter lives (see CampaignStarter.LEASE, 11 minutes). */
    private static final Duration AFTER_THE_LEASE = Duration.ofMinutes(12);

    private static final int IN_SEGMENT = 23;

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final String queueName = "resume-" + UUID.randomUUID().toString().substring(0, 8);
    private LocalQueues queues;
    private SqsClient sqs;
    private String queueUrl;
    private DynamoDbCampaignStore store;
    private DynamoDbReminderStore inbox;
    private DynamoDbSettingsStore settings;

    @BeforeEach
    void setUp() {
        queues = LocalQueues.start(List.of(new QueueDefinition("Q", queueName, 30, null, 0)));
        sqs = SqsClient.builder()
                .endpointOverride(queues.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        queueUrl = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
        CampaignStores stores = CampaignStores.fresh(dynamo, new MutableClock(NOW));
        store = stores.campaigns();
        inbox = stores.inbox();
        settings = stores.settings();
    }

    @AfterEach
    void tearDown() {
        sqs.close();
        queues.close();
    }

    @Test
    void a_starter_that_dies_mid_audience_is_resumed_and_everyone_gets_exactly_one_message() {
        List<Owner> segment = new ArrayList<>();
        for (int i = 0; i < IN_SEGMENT; i++) {
            segment.add(customer("c" + i, "east"));
        }
        List<Owner> others = List.of(customer("w1", "west"), customer("w2", "west"));
        Campaign campaign = new Campaign(
                "tea-" + UUID.randomUUID(),
                "mia",
                "Tea",
                new Segment(List.of("east"), null, null, null, null),
                "{name}, tea is in.",
                LocalDateTime.ofInstant(NOW, ZoneOffset.UTC),
                "UTC",
                NOW,
                QuietHours.NONE,
                2,
                Campaign.INBOX,
                CampaignStatus.SCHEDULED,
                NOW);
        store.create(campaign);
        CampaignQueue sqsQueue = new SqsCampaignQueue(sqs, queueUrl);
        int[] sends = {0};
        List<String> diedOn = new ArrayList<>();
        // Dies right after its third page reached the queue, before recording that page's cursor.
        CampaignQueue dying = batches -> {
            int calls = sqsQueue.send(batches);
            if (++sends[0] == 3) {
                batches.forEach(b -> diedOn.addAll(b.customers()));
                throw new IllegalStateException("starter died");
            }
            return calls;
        };

        assertThatThrownBy(() -> new CampaignStarter(store, dying, 2, 4).run(NOW))
                .hasMessage("starter died");
        CampaignStarter starter = new CampaignStarter(store, sqsQueue, 2, 4);
        assertThat(store.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(store.stats(campaign.id()).targeted()).isNull();
        assertThat(starter.run(NOW.plusSeconds(60)).started())
                .as("the dead starter's lease still holds")
                .isZero();
        CampaignStarter.Report resumed = starter.run(NOW.plus(AFTER_THE_LEASE));
        assertThat(starter.run(NOW.plus(AFTER_THE_LEASE).plusSeconds(60)).started())
                .as("fully enqueued")
                .isZero();
        Map<String, Integer> enqueued =
                drain(new CampaignWorker(store, new CampaignWriter()), NOW.plus(AFTER_THE_LEASE));

        assertThat(resumed.started()).isEqualTo(1);
        assertThat(enqueued.entrySet())
                .filteredOn(e -> e.getValue() == 2)
                .extracting(Map.Entry::getKey)
                .as("only the page the starter died on was enqueued twice: it went on from its cursor")
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(diedOn);
        assertThat(enqueued).hasSize(IN_SEGMENT);
        for (Owner customer : segment) {
            assertThat(inbox.inbox(customer, 50, null).messages())
                    .singleElement()
                    .satisfies(m -> assertThat(m.text()).endsWith(", tea is in."));
        }
        for (Owner customer : others) {
            assertThat(inbox.inbox(customer, 50, null).messages()).isEmpty();
        }
        Stats stats = store.stats(campaign.id());
        assertThat(stats.targeted()).isEqualTo(IN_SEGMENT);
        assertThat(stats.sent()).isEqualTo(IN_SEGMENT);
        assertThat(stats.processed()).isEqualTo(IN_SEGMENT);
        assertThat(store.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.FINISHED);
    }

    /**
     * Runs the worker over every message, as the SQS event source would; answers how often each customer was queued.
     */
    private Map<String, Integer> drain(CampaignWorker worker, Instant now) {
        Map<String, Integer> queued = new HashMap<>();
        while (true) {
            List<Message> received = sqs.receiveMessage(
                            b -> b.queueUrl(queueUrl).maxNumberOfMessages(10))
                    .messages();
            if (received.isEmpty()) {
                return queued;
            }
            for (Message message : received) {
                CampaignQueue.RecipientBatch batch = SqsCampaignQueue.parse(message.body());
                batch.customers().forEach(c -> queued.merge(c, 1, Integer::sum));
                worker.handle(batch, now);
            }
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl)
                    .entries(received.stream()
                            .map(m -> DeleteMessageBatchRequestEntry.builder()
                                    .id(m.messageId())
                                    .receiptHandle(m.receiptHandle())
                                    .build())
                            .toList()));
        }
    }

    private Owner customer(String name, String region) {
        Owner owner = Owner.of(new Caller(name + "-" + UUID.randomUUID(), Set.of()), null);
        settings.save(
                owner.customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        true,
                        "Asia/Shanghai",
                        "en-US",
                        List.of(new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, name))));
        store.saveAudience(new Audience(owner.customerHash(), region, "en-US", List.of(), null, null));
        return owner;
    }
}
