package dev.rapport.local.template;

/**
 * A function's {@code SQS} event source, as Lambda's event source mapping runs it.
 *
 * @param reportBatchItemFailures whether the function answers with {@code batchItemFailures}
 */
public record QueueTrigger(String function, String queueName, int batchSize, boolean reportBatchItemFailures) {

    /** SQS queue ARNs end in the queue's name. */
    static String queueOf(String arn) {
        return arn.substring(arn.lastIndexOf(':') + 1);
    }
}
