package dev.rapport.wiring;

import dev.rapport.campaigns.BirthdayCards;
import dev.rapport.campaigns.BirthdayGreetings;
import dev.rapport.campaigns.CampaignQueue;
import dev.rapport.campaigns.CampaignService;
import dev.rapport.campaigns.CampaignStarter;
import dev.rapport.campaigns.CampaignWorker;
import dev.rapport.campaigns.CampaignWriter;
import dev.rapport.campaigns.CardSuggestions;
import dev.rapport.campaigns.CardWriter;
import dev.rapport.config.Environment;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.queues.sqs.SqsCampaignQueue;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbCatalog;
import dev.rapport.storage.dynamodb.DynamoDbMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** What the campaigns functions run: the marketers' API, the dispatch starter and the queue worker. */
public record CampaignApplication(CampaignService campaigns, CampaignStarter starter, CampaignWorker worker) {

    public static CampaignApplication fromEnvironment(Environment env) {
        DynamoDbClient client = AwsClients.dynamoDbClient();
        // Only the worker delivers, so only the worker function is given (and granted) the analytics table.
        DynamoDbCampaignStore store = new DynamoDbCampaignStore(
                client,
                env.get("CAMPAIGNS_TABLE", "rapport-local-campaigns"),
                env.get("MEMORY_TABLE", "rapport-local-memory"),
                env.get("REMINDERS_TABLE", "rapport-local-reminders"),
                AnalyticsApplication.table(env));
        CampaignWriter writer = new CampaignWriter();
        boolean birthdays = !env.get("BIRTHDAY_GREETINGS", "on").equals("off");
        // Only the starter sends to the queue; the API and the worker never build an SQS client.
        CampaignQueue queue =
                batches -> new SqsCampaignQueue(Sqs.CLIENT, env.get("CAMPAIGN_QUEUE_URL", "")).send(batches);
        return new CampaignApplication(
                new CampaignService(
                        store,
                        new PiiRedactor(),
                        writer,
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString()),
                new CampaignStarter(
                        store,
                        queue,
                        env.getInt("CAMPAIGN_BATCH_SIZE", 50),
                        1000,
                        birthdays ? new BirthdayGreetings(store) : null),
                new CampaignWorker(store, writer, birthdays ? cards(client, env) : null));
    }

    /**
     * The worker's birthday cards: the account holder's memory book, the catalog table (read whole,
     * like the chat's small catalog) and the configured model.
     */
    private static BirthdayCards cards(DynamoDbClient client, Environment env) {
        return new BirthdayCards(
                new DynamoDbMemoryStore(client, env.get("MEMORY_TABLE", "rapport-local-memory"), Clock.systemUTC()),
                new CardSuggestions(new DynamoDbCatalog(
                        AwsClients.enhanced(client),
                        env.get("PRODUCTS_TABLE", "rapport-local-products"),
                        env.getDuration("CATALOG_REFRESH", Duration.ofMinutes(5)),
                        Clock.systemUTC())),
                new CardWriter(Models.fromEnvironment(env), new PiiRedactor()));
    }

    private static final class Sqs {
        static final SqsClient CLIENT =
                SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }
}
