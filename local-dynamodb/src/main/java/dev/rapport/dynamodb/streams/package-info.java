/** DynamoDB Streams: change records per table, shards, iterators, retention; TTL expiry. */
package dev.rapport.dynamodb.streams;
