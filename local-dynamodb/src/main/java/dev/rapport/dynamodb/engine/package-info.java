/** Tables, items, indexes, queries, batches and transactions with DynamoDB's semantics. */
package dev.rapport.dynamodb.engine;
