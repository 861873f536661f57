package dev.rapport.local.template;

/**
 * An {@code AWS::SQS::Queue} of the template, resolved.
 *
 * @param deadLetterQueue the name of the redrive target; null without one
 */
public record QueueDefinition(
        String logicalId,
        String queueName,
        int visibilityTimeoutSeconds,
        String deadLetterQueue,
        int maxReceiveCount) {}
