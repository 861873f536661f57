package dev.rapport.local.template;

/**
 * A function's {@code DynamoDB} stream event source, as the event source mapping runs it.
 *
 * @param maximumRetryAttempts -1 retries until the record expires, as Lambda does
 * @param reportBatchItemFailures whether the function answers with {@code batchItemFailures}
 * @param onFailure where exhausted batches are reported; null for nowhere
 */
public record StreamTrigger(
        String function,
        String tableName,
        String startingPosition,
        int batchSize,
        int maximumRetryAttempts,
        boolean reportBatchItemFailures,
        String onFailure) {

    /** Stream ARNs end in {@code table/<name>/stream/<label>}; the label is only known at run time. */
    static String tableOf(String streamArn) {
        int table = streamArn.indexOf(":table/");
        int stream = streamArn.indexOf("/stream/");
        if (table < 0 || stream < table) {
            throw new IllegalArgumentException("not a DynamoDB stream ARN: " + streamArn);
        }
        return streamArn.substring(table + ":table/".length(), stream);
    }
}
