/** The SQS adapter of the campaign queue: recipient batches sent and parsed. */
package dev.rapport.queues.sqs;
