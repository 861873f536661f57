package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.integrations.BusinessEvents;
import dev.rapport.integrations.DeadLetters;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.queues.sqs.SqsDeadLetters;
import dev.rapport.storage.dynamodb.DynamoDbIntegrationStore;
import java.time.Clock;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the business events function and the first-sync import run: the events applied to the orders
 * and memory tables, and (for the function) the dead-letter queue of refused ones.
 */
public record IntegrationApplication(BusinessEvents events, DeadLetters deadLetters) {

    public static IntegrationApplication fromEnvironment(Environment env) {
        BusinessEvents events = new BusinessEvents(
                new DynamoDbIntegrationStore(
                        AwsClients.dynamoDbClient(),
                        env.get("ORDERS_TABLE", "rapport-local-orders"),
                        env.get("MEMORY_TABLE", "rapport-local-memory"),
                        env.get("REMINDERS_TABLE", "rapport-local-reminders"),
                        Clock.systemUTC()),
                new PiiRedactor(),
                Clock.systemUTC());
        String queue = env.get("BUSINESS_EVENTS_DEAD_LETTER_QUEUE_URL", "");
        // Built on first refusal: an import, or a function that only ever applies, never loads the SQS client.
        DeadLetters deadLetters = letter -> new SqsDeadLetters(Sqs.CLIENT, queue).send(letter);
        return new IntegrationApplication(events, deadLetters);
    }

    private static final class Sqs {
        static final SqsClient CLIENT =
                SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }
}
