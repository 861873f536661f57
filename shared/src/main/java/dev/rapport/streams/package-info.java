/** DynamoDB stream batches handled in order per key, with partial batch failures, skipping erased accounts. */
package dev.rapport.streams;
