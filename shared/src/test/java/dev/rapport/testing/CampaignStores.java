package dev.rapport.testing;

import dev.rapport.reminders.DueSlots;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import java.time.Clock;

/** The stores a campaign test reads and writes, on fresh tables of their own in the embedded DynamoDB. */
public record CampaignStores(
        DynamoDbCampaignStore campaigns, DynamoDbReminderStore inbox, DynamoDbSettingsStore settings) {

    public static CampaignStores fresh(TestDynamoDb dynamo, Clock clock) {
        String memory = dynamo.createMemoryTable();
        String reminders = dynamo.createRemindersTable();
        return new CampaignStores(
                new DynamoDbCampaignStore(dynamo.client(), dynamo.createCampaignsTable(), memory, reminders),
                new DynamoDbReminderStore(dynamo.client(), reminders, new DueSlots(4)),
                new DynamoDbSettingsStore(dynamo.enhanced(), memory, clock));
    }
}
