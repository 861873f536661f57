package dev.rapport.wiring;

import dev.rapport.config.Environment;
import dev.rapport.export.ExportSink;
import dev.rapport.export.TrainingExport;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.storage.dynamodb.DynamoDbConversationSource;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.storage.files.FileSystemExportSink;
import dev.rapport.storage.s3.S3ExportSink;
import java.nio.file.Path;
import java.time.Clock;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The training-data export job: conversations and settings from DynamoDB, written to a local
 * folder when {@code EXPORT_DIR} is set (the local stack sets it) and to the S3 bucket otherwise.
 *
 * @param days whole UTC days a scheduled run exports, ending the day before it fires
 */
public record TrainingExportApplication(TrainingExport export, int days, int minRating) {

    static final String SYSTEM_PROMPT = "You are a friendly, concise customer service assistant. Answer from the "
            + "business's own information, in the customer's language, and offer a person when you cannot help.";

    public static TrainingExportApplication fromEnvironment(Environment env) {
        DynamoDbEnhancedClient dynamo = AwsClients.dynamoDb();
        return new TrainingExportApplication(
                new TrainingExport(
                        new DynamoDbConversationSource(
                                dynamo, env.get("CONVERSATIONS_TABLE", "rapport-local-conversations")),
                        new DynamoDbSettingsStore(
                                dynamo, env.get("MEMORY_TABLE", "rapport-local-memory"), Clock.systemUTC()),
                        sink(env),
                        new PiiRedactor(),
                        env.get("EXPORT_SYSTEM_PROMPT", SYSTEM_PROMPT),
                        Clock.systemUTC()),
                env.getInt("EXPORT_DAYS", 1),
                env.getInt("EXPORT_MIN_RATING", 4));
    }

    static ExportSink sink(Environment env) {
        if (env.find("EXPORT_DIR").isPresent()) {
            return new FileSystemExportSink(Path.of(env.get("EXPORT_DIR", ".")));
        }
        S3Client s3 = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                // Plain PutObject and UploadPart bodies: no trailing checksums, which only an aws-chunked body carries.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .build();
        return new S3ExportSink(
                s3, env.get("EXPORT_BUCKET", "rapport-local-exports"), env.get("EXPORT_PREFIX", "exports/"));
    }
}
