/** Rapport's own DynamoDB-compatible engine: start it with {@link dev.rapport.dynamodb.EmbeddedDynamoDb}. */
package dev.rapport.dynamodb;
